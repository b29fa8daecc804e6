package uk.openband.directory;

/** Someone else changed the pupil since the caller read it; nothing was saved. */
public class PupilConflictException extends RuntimeException {

    private final transient PupilDetails current;

    public PupilConflictException(PupilDetails current) {
        super("Pupil " + current.id() + " changed since it was read");
        this.current = current;
    }

    /** The record as it is now. */
    public PupilDetails current() {
        return current;
    }
}
