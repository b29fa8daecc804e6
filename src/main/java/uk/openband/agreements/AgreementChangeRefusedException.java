package uk.openband.agreements;

/** A change to an agreement that the rules refuse; {@code field} names the input at fault. Nothing was written. */
public class AgreementChangeRefusedException extends RuntimeException {

    private final String field;

    public AgreementChangeRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
