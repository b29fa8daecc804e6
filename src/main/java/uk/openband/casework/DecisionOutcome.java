package uk.openband.casework;

/** What was decided about a funding request. */
public enum DecisionOutcome {
    AGREE_INDICATED("Agree the indicated band"),
    AGREE_DIFFERENT("Agree a different band"),
    DECLINE("Decline: no top-up"),
    EXCEPTIONAL("Exceptional amount above the top band");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
