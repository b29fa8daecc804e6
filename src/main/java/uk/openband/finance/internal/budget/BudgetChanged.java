package uk.openband.finance.internal.budget;

import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** A finance officer recorded a financial year's budget: the amounts by category before and after, in pounds. */
record BudgetChanged(int financialYear, Map<String, String> before, Map<String, String> after)
        implements AuditableEvent {

    @Override
    public String action() {
        return "FUNDING_BUDGET_SET";
    }

    @Override
    public String subjectType() {
        return "FUNDING_BUDGET";
    }

    @Override
    public String subjectId() {
        return Integer.toString(financialYear);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("before", before, "after", after);
    }
}
