package uk.openband.panels.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import uk.openband.casework.StartPolicy;
import uk.openband.panels.PanelDecision;
import uk.openband.panels.PanelOutcome;

/** Reads the decision form into a {@link PanelDecision}; what cannot be read is an error on its field. */
final class DecisionForms {

    private DecisionForms() {
    }

    static PanelDecision read(DecisionForm f, BindingResult result, MessageSource messages, Locale locale) {
        PanelOutcome outcome = parse(PanelOutcome.class, f.getOutcome());
        if (outcome == null) {
            result.rejectValue("outcome", "panels.decision.outcome");
            return null;
        }
        if (outcome == PanelOutcome.DEFER) {
            if (f.getWrittenReason() == null || f.getWrittenReason().isBlank()) {
                result.rejectValue("writtenReason", "panels.decision.deferMessage");
            }
            return new PanelDecision(outcome, null, null, null, null, null, null, null, f.getWrittenReason(), null);
        }
        BigDecimal amount = null;
        if (outcome == PanelOutcome.EXCEPTIONAL) {
            amount = AgendaCaseController.amount(f.getAnnualAmount());
        }
        StartPolicy policy = parse(StartPolicy.class, f.getStartPolicy());
        if (policy == null) {
            result.rejectValue("startPolicy", "panels.decision.startPolicy");
        }
        LocalDate chosen = policy == StartPolicy.CHOSEN ? DateParts.parse("chosenStartDate",
                messages.getMessage("panels.decision.chosenStartDate", null, locale), f.getChosenStartDateDay(),
                f.getChosenStartDateMonth(), f.getChosenStartDateYear(), result) : null;
        LocalDate review = DateParts.parse("reviewDate", messages.getMessage("panels.decision.reviewDate", null, locale),
                f.getReviewDateDay(), f.getReviewDateMonth(), f.getReviewDateYear(), result);
        Integer terms = null;
        if (f.getEndTerms() != null && !f.getEndTerms().isBlank()) {
            try {
                terms = Integer.valueOf(f.getEndTerms().strip());
            } catch (NumberFormatException e) {
                result.rejectValue("endTerms", "panels.decision.endTerms");
            }
        }
        return new PanelDecision(outcome, blank(f.getBand()) ? null : f.getBand(), amount, policy, chosen, terms,
                review, f.getReasonCodes(), f.getWrittenReason(), f.getOverrideReason());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
