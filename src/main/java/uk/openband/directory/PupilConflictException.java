package uk.openband.directory;

import uk.openband.platform.Conflict;

/** Someone else changed the pupil since the caller read it; nothing was saved. {@link #current()} is the record now. */
public class PupilConflictException extends Conflict {

    private final transient PupilDetails current;

    public PupilConflictException(PupilDetails current) {
        super("directory.conflict.pupil", current.id());
        this.current = current;
    }

    /** The record as it is now. */
    public PupilDetails current() {
        return current;
    }
}
