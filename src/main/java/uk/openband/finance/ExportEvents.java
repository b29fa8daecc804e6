package uk.openband.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** Audit events of finance exports and cost codes. */
public final class ExportEvents {

    private ExportEvents() {
    }

    public record Requested(String reference, String periodCode, ExportKind kind, String repeatOf, String by)
            implements AuditableEvent {
        public String action() {
            return "EXPORT_REQUESTED";
        }

        public String subjectType() {
            return "EXPORT_BATCH";
        }

        public String subjectId() {
            return reference;
        }

        public String actor() {
            return by;
        }

        public Map<String, Object> details() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("period", periodCode);
            d.put("kind", kind.name());
            if (repeatOf != null) {
                d.put("repeatConfirmedAfter", repeatOf);
            }
            return d;
        }
    }

    public record Issued(String reference, long lines, BigDecimal controlTotal, String csvSha256, String xlsxSha256,
            String by) implements AuditableEvent {
        public String action() {
            return "EXPORT_ISSUED";
        }

        public String subjectType() {
            return "EXPORT_BATCH";
        }

        public String subjectId() {
            return reference;
        }

        public String actor() {
            return by;
        }

        public Map<String, Object> details() {
            return Map.of("lines", lines, "controlTotal", controlTotal.toPlainString(), "csvSha256", csvSha256,
                    "xlsxSha256", xlsxSha256);
        }
    }

    public record Failed(String reference, String by) implements AuditableEvent {
        public String action() {
            return "EXPORT_FAILED";
        }

        public String subjectType() {
            return "EXPORT_BATCH";
        }

        public String subjectId() {
            return reference;
        }

        public String actor() {
            return by;
        }
    }

    public record CostCodeChanged(String category, String costCentre, String accountCode, String by)
            implements AuditableEvent {
        public String action() {
            return "COST_CODE_CHANGED";
        }

        public String subjectType() {
            return "COST_CODE";
        }

        public String subjectId() {
            return category;
        }

        public String actor() {
            return by;
        }

        public Map<String, Object> details() {
            return Map.of("costCentre", costCentre, "accountCode", accountCode);
        }
    }
}
