package uk.openband.casework;

/** The queue's orders: oldest request first (the longest waiting), newest first, or soonest due first. */
public enum CaseSort {
    OLDEST("Oldest first"),
    NEWEST("Newest first"),
    /** The due date of the stage each case is in, soonest (most overdue) first; cases with none come last. */
    DUE_DATE("Due soonest first");

    private final String label;

    CaseSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
