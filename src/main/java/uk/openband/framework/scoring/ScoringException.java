package uk.openband.framework.scoring;

import uk.openband.platform.Refused;

/**
 * The request cannot be scored. {@link #field()} names the input at fault, for example
 * {@code levels.CL9} or {@code settingCategory}; {@link #problem()} says what is wrong as a message key
 * ({@code framework.refused.score.*}) with its arguments, and {@link #getMessage()} in English.
 */
public class ScoringException extends RuntimeException {

    private final Refused.Problem problem;

    public ScoringException(String field, String messageKey, Object... args) {
        this(new Refused.Problem(field, messageKey, args));
    }

    private ScoringException(Refused.Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    /** The input at fault, such as {@code levels.CL1}. */
    public String field() {
        return problem.field();
    }

    /** What is wrong, on {@link #field()}. */
    public Refused.Problem problem() {
        return problem;
    }
}
