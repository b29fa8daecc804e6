package uk.openband.agreements;

import uk.openband.finance.CostCode;

import uk.openband.finance.CostCodes;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.schedule.FinancialYear;

/**
 * Funding agreements and payment lines for the export tests, written with SQL: each agreement is for a new
 * pupil at the demo school (URN 100001) and hangs off one real decided case (a roll-over of that case's
 * agreement, so that one decision serves many agreements). Tests use recent, real periods that the seeded
 * term calendar covers (so that working out every agreement's lines again, as changing the payment method does,
 * works for these too); other tests pay in the same periods, so a test checks its own agreements' rows, or a
 * batch's totals against a batch of the same period made before its agreements existed.
 */
@Component
public class AgreementFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired JdbcTemplate jdbc;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired FundingFixtures decided;
    @Autowired CostCodes costCodes;
    @Autowired FundingAgreements funding;

    private Long anchor;

    public record Agreement(long id, String reference, long pupilId) {
    }

    /** Cost codes for every category, so that batches can be made. */
    public void costCodes() {
        costCodes.saveCostCodes(java.util.Arrays.stream(SettingCategory.values())
                .map(c -> new CostCode(c, "HN" + c.ordinal(), "41" + c.ordinal())).toList(), "finance");
    }

    /** An agreement for a new pupil, with the given decision day and no lines yet. */
    public Agreement agreement(String band, String annual, LocalDate start, LocalDate end, LocalDate decided) {
        long anchorId = anchor();
        long setting = CaseFixtures.schoolId(settings);
        long pupil = CaseFixtures.newPupil(pupils, setting);
        String reference = "TAG-" + SEQ.incrementAndGet();
        long id = jdbc.queryForObject("""
                INSERT INTO funding_agreement (reference, pupil_id, setting_id, case_id, decision_id, source,
                    replaces_agreement_id, band, annual_amount, banding_key, banding_version, rounding, start_date,
                    end_date, planned_end_date, review_date, decision_date, status, created_by, created_at)
                SELECT ?, ?, ?, a.case_id, a.decision_id, 'ROLLOVER', a.id, ?, ?, 'test', '1', 'HALF_UP', ?, ?, ?, ?, ?,
                    'ACTIVE', 'test', ?
                  FROM funding_agreement a WHERE a.id = ?
                RETURNING id""", Long.class, reference, pupil, setting, band, new BigDecimal(annual),
                Date.valueOf(start), Date.valueOf(end), Date.valueOf(end), Date.valueOf(end), Date.valueOf(decided),
                Timestamp.from(Instant.now()), anchorId);
        return new Agreement(id, reference, pupil);
    }

    /** Adds a payment line to the agreement. */
    public void line(Agreement a, int lineNo, LocalDate from, LocalDate to, String kind, String amount) {
        jdbc.update("INSERT INTO funding_payment_line (agreement_id, line_no, financial_year, period_from, period_to, "
                + "label, kind, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.id(), lineNo,
                FinancialYear.containing(from).startYear(), Date.valueOf(from), Date.valueOf(to), "Line " + lineNo,
                kind, new BigDecimal(amount));
    }

    /** Monthly lines of the same amount from {@code from} for {@code months} months. */
    public void monthly(Agreement a, LocalDate from, int months, String amount) {
        for (int m = 0; m < months; m++) {
            LocalDate start = from.plusMonths(m);
            line(a, m + 1, start, start.withDayOfMonth(start.lengthOfMonth()), "REGULAR", amount);
        }
    }

    /** Replaces all the agreement's lines (as the agreement's owner does when it changes). */
    public void clearLines(Agreement a) {
        jdbc.update("DELETE FROM funding_payment_line WHERE agreement_id = ?", a.id());
    }

    public void endOn(Agreement a, LocalDate end) {
        jdbc.update("UPDATE funding_agreement SET end_date = ?, status = 'ENDED', end_reason = 'left', ended_at = now() "
                + "WHERE id = ?", Date.valueOf(end), a.id());
    }

    /** A band 3 request decided under delegation by "officer"; the case's id. */
    public long decidedCase() {
        return decided.decided().caseId();
    }

    /** The agreement a real decision made (through the funding module), for a new pupil. */
    public AgreementView decidedAgreement() {
        long caseId = decidedCase();
        long pupil = cases.detail(caseId).orElseThrow().summary().pupilId();
        return funding.search(PupilScope.allSettings(), pupil, null, null).get(0);
    }

    private synchronized long anchor() {
        if (anchor == null) {
            long caseId = decidedCase();
            List<Long> existing = jdbc.queryForList("SELECT a.id FROM funding_agreement a JOIN funding_case c "
                    + "ON c.decision_id = a.decision_id WHERE c.id = ? AND a.source = 'DECISION'", Long.class, caseId);
            anchor = existing.isEmpty() ? jdbc.queryForObject("""
                    INSERT INTO funding_agreement (reference, pupil_id, setting_id, case_id, decision_id, source, band,
                        annual_amount, banding_key, banding_version, rounding, start_date, end_date, planned_end_date,
                        review_date, decision_date, status, end_reason, ended_at, created_by, created_at)
                    SELECT ?, c.pupil_id, c.setting_id, c.id, c.decision_id, 'DECISION', 'Band 3', 5459.00, 'test',
                        '1', 'HALF_UP', DATE '2030-09-01', DATE '2030-09-01', DATE '2030-09-01', DATE '2030-09-01',
                        DATE '2030-09-01', 'ENDED', 'test anchor', now(), 'test', now()
                      FROM funding_case c WHERE c.id = ?
                    RETURNING id""", Long.class, "TAG-A" + SEQ.incrementAndGet(), caseId) : existing.get(0);
        }
        return anchor;
    }
}
