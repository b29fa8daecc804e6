package uk.openband.directory;

import java.util.List;
import uk.openband.platform.Refused;

/**
 * Pupil data was refused and nothing was saved; each problem names its field and a message key. Kept as a
 * refusal of its own because the pages link to the pupil who has the UPN: {@code existingPupilId} is set when
 * the UPN belongs to a pupil the caller may see, and null otherwise.
 */
public class PupilRejectedException extends Refused {

    private final Long existingPupilId;

    public PupilRejectedException(List<Problem> problems, Long existingPupilId) {
        super(problems);
        this.existingPupilId = existingPupilId;
    }

    public Long existingPupilId() {
        return existingPupilId;
    }
}
