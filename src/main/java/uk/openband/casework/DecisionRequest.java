package uk.openband.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the person recording it gives it. {@code band} is needed for a different band;
 * {@code annualAmount} only for an exceptional amount (otherwise it comes from the band).
 * {@code startPolicy} null means the configured default; {@code chosenStartDate} only with
 * {@link StartPolicy#CHOSEN}. {@code endTerms} null means funding ends on the review date.
 * {@code overrideReason} is required when the band differs from the indicated one.
 */
public record DecisionRequest(DecisionOutcome outcome, String band, BigDecimal annualAmount, StartPolicy startPolicy,
        LocalDate chosenStartDate, Integer endTerms, LocalDate reviewDate, List<String> reasonCodes,
        String writtenReason, String overrideReason) {

    public DecisionRequest {
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }
}
