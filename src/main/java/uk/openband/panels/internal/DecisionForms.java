package uk.openband.panels.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import uk.openband.casework.StartPolicy;
import uk.openband.panels.PanelDecision;
import uk.openband.panels.PanelOutcome;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.InputMessages;
import uk.openband.platform.web.input.MoneyInput;

/** Reads the decision form into a {@link PanelDecision}; what cannot be read is an error on its field. */
final class DecisionForms {

    private DecisionForms() {
    }

    static PanelDecision read(DecisionForm f, BindingResult result, InputMessages inputs) {
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
            amount = inputs.read(result, "annualAmount", f.getAnnualAmount(), "panels.decision.annualAmount",
                    MoneyInput.Rules.AMOUNT.optional());
        }
        StartPolicy policy = parse(StartPolicy.class, f.getStartPolicy());
        if (policy == null) {
            result.rejectValue("startPolicy", "panels.decision.startPolicy");
        }
        LocalDate chosen = policy == StartPolicy.CHOSEN
                ? date(result, "chosenStartDate", f.getChosenStartDate(), "panels.decision.startDate", inputs) : null;
        LocalDate review = date(result, "reviewDate", f.getReviewDate(), "panels.decision.reviewDate", inputs);
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

    /** A date, or null when blank (the decision rules say whether it is needed) or wrong (an error on field). */
    private static LocalDate date(BindingResult result, String field, DateInput input, String prefix,
            InputMessages inputs) {
        return withinYears(result, field, inputs.read(result, field, input, prefix, false), prefix, inputs);
    }

    /** Panels plan and decide for this century only: a year outside 2000 to 2100 is not a real date here. */
    static LocalDate withinYears(BindingResult result, String field, LocalDate date, String prefix,
            InputMessages inputs) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            InputMessages.reject(result, field, date, inputs.dateRange(prefix, "invalid"));
            return null;
        }
        return date;
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
