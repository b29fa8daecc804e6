package uk.openband.casework.internal;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.openband.casework.CaseEvents;
import uk.openband.casework.CaseState;

/**
 * Moves a decided case to FUNDED once the agreement of its decision is made (the agreements module's
 * {@code AgreementMade}, heard through the {@link CaseEvents.DecisionFunded} contract casework owns).
 * <p>
 * Runs after the deciding transaction has committed, on the same thread and before the response is sent,
 * so the page shown after deciding already says "Funded"; in a transaction of its own, with the case's
 * {@code CASE_FUNDED} audit line. The event publication registry keeps the event until this has
 * completed: if it fails, the decision and its agreement stay saved, the case stays DECIDED, and the event
 * is delivered again on the next start. Idempotent: a second delivery, or one for a case that has since
 * moved on (funded, due for review, disputed, decided again), changes nothing.
 */
@Component
class CaseFunding {

    private static final Logger log = LoggerFactory.getLogger(CaseFunding.class);

    private final FundingCaseRepository cases;

    CaseFunding(FundingCaseRepository cases) {
        this.cases = cases;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CaseEvents.DecisionFunded funded) {
        FundingCase c = cases.findById(funded.caseId()).orElse(null);
        if (c == null || c.getState() != CaseState.DECIDED
                || !Objects.equals(c.getDecisionId(), funded.decisionId())) {
            log.debug("Case {} is not waiting for the funding of decision {}; nothing to do", funded.caseId(),
                    funded.decisionId());
            return;
        }
        c.markFunded();
        cases.saveAndFlush(c);
    }
}
