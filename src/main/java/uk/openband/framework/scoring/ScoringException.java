package uk.openband.framework.scoring;

/**
 * The request cannot be scored. {@link #field()} names the input at fault, for example
 * {@code levels.CL9} or {@code settingCategory}.
 */
public class ScoringException extends RuntimeException {

    private final String field;

    public ScoringException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input at fault, such as {@code levels.CL1}. */
    public String field() {
        return field;
    }
}
