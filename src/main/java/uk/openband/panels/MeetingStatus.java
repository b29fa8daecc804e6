package uk.openband.panels;

/** Where a panel meeting is: being planned, sitting, or closed with its decisions locked. */
public enum MeetingStatus {
    PLANNED("Planned"),
    IN_SESSION("In session"),
    CLOSED("Closed");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
