package uk.openband.casework;

/** The queue's orders: oldest request first (the longest waiting), or newest first. */
public enum CaseSort {
    OLDEST("Oldest first"),
    NEWEST("Newest first");

    private final String label;

    CaseSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
