package uk.openband.panels;

import uk.openband.casework.DecisionOutcome;

/** What a panel can decide about a case on its agenda: one of the decision outcomes, or defer for more information. */
public enum PanelOutcome {
    AGREE_INDICATED(DecisionOutcome.AGREE_INDICATED),
    AGREE_DIFFERENT(DecisionOutcome.AGREE_DIFFERENT),
    DECLINE(DecisionOutcome.DECLINE),
    EXCEPTIONAL(DecisionOutcome.EXCEPTIONAL),
    DEFER(null);

    private final DecisionOutcome decision;

    PanelOutcome(DecisionOutcome decision) {
        this.decision = decision;
    }

    /** The case decision outcome; null for defer, which returns the case to the school instead. */
    public DecisionOutcome decision() {
        return decision;
    }
}
