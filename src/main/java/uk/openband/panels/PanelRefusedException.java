package uk.openband.panels;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An action on a panel meeting that its rules do not allow, or whose input is wrong. Each problem
 * names the form field at fault ({@code status} when the meeting or the person is why) and says
 * why in words a panel chair can act on. Nothing was saved.
 */
public class PanelRefusedException extends RuntimeException {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public PanelRefusedException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public PanelRefusedException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
