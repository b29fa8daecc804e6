package uk.openband.assessment;

import java.util.List;

/** The change or submission breaks a rule; every problem names its field. Nothing was saved. */
public class AssessmentRejectedException extends RuntimeException {

    private final List<AssessmentProblem> problems;

    public AssessmentRejectedException(List<AssessmentProblem> problems) {
        super(problems.isEmpty() ? "Rejected" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<AssessmentProblem> problems() {
        return problems;
    }
}
