package uk.openband.casework;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(long id) {
        super("No case " + id);
    }
}
