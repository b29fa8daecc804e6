package uk.openband.finance;

import java.util.List;

/**
 * A batch or cost-code change the rules refuse: {@code field} is the form field at fault, {@code code} the
 * message key for the page and {@code args} its arguments; the exception's message says the same in English
 * for the API.
 */
public class ExportRejectedException extends RuntimeException {

    /** What the refusal is about, for the API's status: the input, or the state of the batches. */
    public enum Reason { BAD_INPUT, CONFLICT }

    private final String field;
    private final String code;
    private final List<Object> args;
    private final Reason reason;

    public ExportRejectedException(Reason reason, String field, String code, String message, Object... args) {
        super(message);
        this.reason = reason;
        this.field = field;
        this.code = code;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }

    public Reason reason() {
        return reason;
    }
}
