package uk.openband.platform.json;

import java.util.List;
import java.util.stream.Collectors;

/** An interchange file broke the format; {@link #errors()} lists every problem found. */
public class FormatException extends RuntimeException {

    private final List<FieldError> errors;

    public FormatException(List<FieldError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n"
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** Every problem, in file order. */
    public List<FieldError> errors() {
        return errors;
    }
}
