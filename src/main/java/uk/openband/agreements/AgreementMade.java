package uk.openband.agreements;

import uk.openband.casework.CaseEvents;

/**
 * A decision in force made its funding agreement ({@code agreementId}, {@code reference}) for the pupil:
 * the decision's funding is in place. Published in the deciding transaction; casework hears it once that
 * has committed and moves the case to FUNDED (it implements casework's {@link CaseEvents.DecisionFunded}
 * contract for that). Not audited itself: {@link FundingEvents.AgreementCreated} records the agreement.
 */
public record AgreementMade(long agreementId, String reference, long caseId, long decisionId, long pupilId)
        implements CaseEvents.DecisionFunded {
}
