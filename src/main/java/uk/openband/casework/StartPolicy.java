package uk.openband.casework;

/** When agreed funding starts: from the date the request was first submitted, from the decision, or a chosen date. */
public enum StartPolicy {
    SUBMISSION("From the date the request was submitted"),
    DECISION("From the date of the decision"),
    CHOSEN("From a date I choose");

    private final String label;

    StartPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
