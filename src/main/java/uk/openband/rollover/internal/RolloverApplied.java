package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.openband.rollover.RolloverOptions;
import uk.openband.platform.AuditableEvent;

/** A tariff roll-over was applied: the audit log records the run, its table, policy and totals. */
public record RolloverApplied(long runId, String bandingKey, String bandingVersion, LocalDate effectiveDate,
        RolloverOptions options, int superseded, int unchanged, int notRolled, BigDecimal annualChange,
        BigDecimal restOfYearChange, String by) implements AuditableEvent {

    public String action() {
        return "ROLLOVER_APPLIED";
    }

    public String subjectType() {
        return "ROLLOVER_RUN";
    }

    public String subjectId() {
        return Long.toString(runId);
    }

    @Override
    public String actor() {
        return by;
    }

    public Map<String, Object> details() {
        Map<String, Object> d = new HashMap<>();
        d.put("banding", bandingKey + " " + bandingVersion);
        d.put("effectiveDate", effectiveDate.toString());
        d.put("policy", options.policy().name());
        d.put("noLoss", options.noLoss());
        d.put("capPercent", options.capPercent() == null ? null : options.capPercent().toPlainString());
        d.put("superseded", superseded);
        d.put("unchanged", unchanged);
        d.put("notRolled", notRolled);
        d.put("annualChange", annualChange.toPlainString());
        d.put("restOfYearChange", restOfYearChange.toPlainString());
        return d;
    }
}
