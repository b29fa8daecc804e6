package uk.openband.directory;

import java.util.List;

/**
 * Pupil data was refused and nothing was saved. {@code existingPupilId} is set when the UPN
 * belongs to a pupil the caller may see (so the page can link to them), and null otherwise.
 */
public class PupilRejectedException extends RuntimeException {

    private final transient List<PupilProblem> problems;
    private final Long existingPupilId;

    public PupilRejectedException(List<PupilProblem> problems, Long existingPupilId) {
        super("Pupil data refused: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
        this.existingPupilId = existingPupilId;
    }

    public List<PupilProblem> problems() {
        return problems;
    }

    public Long existingPupilId() {
        return existingPupilId;
    }
}
