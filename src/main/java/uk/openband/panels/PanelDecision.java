package uk.openband.panels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;

/**
 * A decision as the panel member records it. For {@link PanelOutcome#DEFER} only the written
 * reason is used: it is the message the school reads when the case goes back to it.
 */
public record PanelDecision(PanelOutcome outcome, String band, BigDecimal annualAmount, StartPolicy startPolicy,
        LocalDate chosenStartDate, Integer endTerms, LocalDate reviewDate, List<String> reasonCodes,
        String writtenReason, String overrideReason) {

    public PanelDecision {
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }

    DecisionRequest toRequest() {
        return new DecisionRequest(outcome.decision(), band, annualAmount, startPolicy, chosenStartDate, endTerms,
                reviewDate, reasonCodes, writtenReason, overrideReason);
    }
}
