package uk.openband.casework;

/** The states of a funding request case; the transitions are drawn in docs/architecture.md ("A case's states"). */
public enum CaseState {
    SUBMITTED("Submitted"),
    IN_TRIAGE("In triage"),
    INFO_REQUESTED("More information requested"),
    AT_PANEL("At panel"),
    AWAITING_APPROVAL("Awaiting approval"),
    DECIDED("Decided"),
    FUNDED("Funded"),
    REVIEW_DUE("Review due"),
    DISPUTED("Disputed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still being worked on: it can be withdrawn. */
    public boolean open() {
        return switch (this) {
            case SUBMITTED, IN_TRIAGE, INFO_REQUESTED, AT_PANEL, AWAITING_APPROVAL, DISPUTED -> true;
            default -> false;
        };
    }
}
