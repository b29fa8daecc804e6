package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.rollover.RolloverOptions;

/** The records of a roll-over preview and of an applied run, as the pages show them. */
public final class RolloverModel {

    private RolloverModel() {
    }

    /** What to roll over: a published table version, from a date, under a policy with options. */
    public record Request(BandingTable table, LocalDate effectiveDate, RolloverOptions options) {
    }

    /** An active agreement the roll-over looks at. {@code band} is null for an exceptional amount. */
    public record Candidate(long id, String reference, long pupilId, long settingId, String band,
            BigDecimal annualAmount, String bandingKey, String bandingVersion, LocalDate startDate,
            LocalDate endDate, LocalDate reviewDate, boolean legacy) {
    }

    /** An agreement the roll-over supersedes. */
    public record Change(long agreementId, String reference, String pupil, long settingId, String setting,
            String band, BigDecimal oldAnnual, BigDecimal newAnnual, BigDecimal newTermly, BigDecimal tableAmount,
            LocalDate effectiveFrom, BigDecimal annualDifference, BigDecimal restOfYear, boolean capped) {
    }

    /** An agreement that keeps its amount, or that a table cannot roll over, with the reason (a message key) and its detail. */
    public record Kept(long agreementId, String reference, String pupil, String setting, String band,
            BigDecimal annualAmount, String reason, String detail) {
    }

    /** The cost change at one setting. */
    public record SettingTotal(long settingId, String setting, int agreements, BigDecimal annualChange,
            BigDecimal restOfYearChange) {
    }

    /**
     * Everything a preview shows, and the fingerprint of it that an apply must match.
     * {@code financialYear} is the label of the year the rest-of-year totals are for.
     */
    public record Preview(Request request, List<Change> changes, List<Kept> unchanged, List<Kept> notRolled,
            List<SettingTotal> settingTotals, BigDecimal annualChange, BigDecimal restOfYearChange,
            String financialYear, String fingerprint) {

        public boolean hasChanges() {
            return !changes.isEmpty();
        }

        /** The calendar year the financial year ends in, as text ("2027" for 2026-27). */
        public String yearEnd() {
            return Integer.toString(Integer.parseInt(financialYear.substring(0, 4)) + 1);
        }
    }

    /** One applied run. */
    public record Run(long id, String bandingKey, String bandingVersion, LocalDate effectiveDate, String policy,
            boolean noLoss, BigDecimal capPercent, int superseded, int unchanged, int notRolled,
            String financialYear, BigDecimal annualChange, BigDecimal restOfYearChange, String appliedBy,
            java.time.Instant appliedAt, List<SettingTotal> settingTotals) {
    }
}
