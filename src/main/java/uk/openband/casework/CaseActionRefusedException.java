package uk.openband.casework;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An action the case's rules do not allow, or one whose input is wrong. Each problem names the
 * form field at fault ({@code state} when the case is in the wrong state for the action) and
 * says why in words an officer can act on.
 */
public class CaseActionRefusedException extends RuntimeException {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public CaseActionRefusedException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public CaseActionRefusedException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public String field() {
        return problems.get(0).field();
    }

    /** True when the case's state (not the input) is why the action was refused. */
    public boolean wrongState() {
        return problems.stream().anyMatch(p -> "state".equals(p.field()));
    }
}
