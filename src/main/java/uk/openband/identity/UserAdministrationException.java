package uk.openband.identity;

/** A user change that breaks a rule; {@link #field()} names the form field it concerns. */
public class UserAdministrationException extends RuntimeException {

    private final String field;
    private final String code;

    public UserAdministrationException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    /** The message code, for the page to show its own text. */
    public String code() {
        return code;
    }
}
