package uk.openband.calendar;

/** A bank holiday that cannot be added or removed: {@code field} is the form field at fault, {@code code} the message. */
public class BankHolidayRejectedException extends RuntimeException {

    private final String field;
    private final String code;

    public BankHolidayRejectedException(String field, String code) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
