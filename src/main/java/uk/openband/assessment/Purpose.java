package uk.openband.assessment;

/** Why an assessment is made. */
public enum Purpose {
    NEW_REQUEST("Request for top-up funding"),
    ANNUAL_REVIEW("Annual review");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
