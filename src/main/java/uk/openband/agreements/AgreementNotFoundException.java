package uk.openband.agreements;

/** No such agreement, or not one the caller may see (a SENCO is told the same for another setting's). */
public class AgreementNotFoundException extends RuntimeException {

    public AgreementNotFoundException(long id) {
        super("There is no funding agreement " + id);
    }
}
