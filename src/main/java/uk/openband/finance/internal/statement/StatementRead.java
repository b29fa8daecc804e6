package uk.openband.finance.internal.statement;

import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** Someone read a setting's funding statement (it names children): which setting, period and format. */
record StatementRead(long settingId, String period, String format) implements AuditableEvent {

    @Override
    public String action() {
        return "FUNDING_STATEMENT_READ";
    }

    @Override
    public String subjectType() {
        return "SETTING";
    }

    @Override
    public String subjectId() {
        return Long.toString(settingId);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("period", period, "format", format);
    }
}
