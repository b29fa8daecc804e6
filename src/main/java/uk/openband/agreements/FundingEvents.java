package uk.openband.agreements;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** The events funding publishes; the audit log records each (who, when, what, from, to, why). */
public final class FundingEvents {

    private FundingEvents() {
    }

    /** A decision (or a roll-over) made an agreement. */
    public record AgreementCreated(long agreementId, String reference, Long caseId, Long decisionId, String source,
            Long replacesAgreementId, String band, String annualAmount, String termlyAmount, String banding,
            LocalDate startDate, LocalDate endDate, int lines, String total, String by) implements AuditableEvent {
        public String action() { return "AGREEMENT_CREATED"; }
        public String subjectType() { return "AGREEMENT"; }
        public String subjectId() { return Long.toString(agreementId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("reference", reference);
            d.put("caseId", caseId);
            d.put("decisionId", decisionId);
            d.put("source", source);
            d.put("replacesAgreementId", replacesAgreementId);
            d.put("band", band);
            d.put("annualAmount", annualAmount);
            d.put("termlyAmount", termlyAmount);
            d.put("banding", banding);
            d.put("startDate", startDate.toString());
            d.put("endDate", endDate.toString());
            d.put("lines", lines);
            d.put("total", total);
            d.put("to", AgreementStatus.ACTIVE.name());
            return d;
        }
    }

    /** An agreement was ended (a new decision, a leaving date) or superseded (a roll-over). */
    public record AgreementEnded(long agreementId, String reference, String from, String to, LocalDate previousEnd,
            LocalDate endDate, String reason, int lines, String total, String by) implements AuditableEvent {
        public String action() { return "AGREEMENT_" + to; }
        public String subjectType() { return "AGREEMENT"; }
        public String subjectId() { return Long.toString(agreementId); }
        public String actor() { return by; }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("reference", reference);
            d.put("from", from);
            d.put("to", to);
            d.put("previousEndDate", previousEnd.toString());
            d.put("endDate", endDate.toString());
            d.put("reason", reason);
            d.put("lines", lines);
            d.put("total", total);
            return d;
        }
    }

    /**
     * A file of existing awards was imported ({@code repeated} false: the agreements were made) or offered again
     * ({@code repeated} true: the same file, by its SHA-256, was imported before, so nothing changed).
     */
    public record AwardsImported(String importReference, String sha256, String fileName, int rows, int imported,
            int alreadyImported, int newPupils, String totalAnnual, LocalDate paymentsFrom, boolean arrears,
            String firstAgreement, String lastAgreement, boolean repeated, String by) implements AuditableEvent {
        public String action() { return repeated ? "AWARDS_IMPORT_REPEATED" : "AWARDS_IMPORTED"; }
        public String subjectType() { return "AWARD_IMPORT"; }
        public String subjectId() { return importReference; }
        public String actor() { return by; }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("sha256", sha256);
            d.put("fileName", fileName);
            d.put("rows", rows);
            d.put("imported", imported);
            d.put("alreadyImported", alreadyImported);
            d.put("newPupils", newPupils);
            d.put("totalAnnual", totalAnnual);
            d.put("paymentsFrom", paymentsFrom == null ? null : paymentsFrom.toString());
            d.put("arrears", arrears);
            d.put("firstAgreement", firstAgreement);
            d.put("lastAgreement", lastAgreement);
            return d;
        }
    }

    /** The LA changed its payment method or term calendar; every agreement's lines were worked out again. */
    public record PaymentSettingsChanged(String fromMethod, String toMethod, boolean fromUseTermly,
            boolean toUseTermly, String why, int agreements, String by) implements AuditableEvent {
        public String action() { return "PAYMENT_SETTINGS_CHANGED"; }
        public String subjectType() { return "PAYMENT_SETTINGS"; }
        public String subjectId() { return "1"; }
        public String actor() { return by; }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("from", fromMethod + (fromUseTermly ? " (published termly amounts)" : ""));
            d.put("to", toMethod + (toUseTermly ? " (published termly amounts)" : ""));
            d.put("why", why);
            d.put("agreementsRegenerated", agreements);
            return d;
        }
    }
}
