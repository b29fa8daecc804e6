package uk.openband.insight;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small hand-made dataset written straight into the tables (as an import or a data fix would), so that a test
 * can set every date: cases, their decisions, the audit events of their transitions, agreements and moderation.
 * Every row hangs off a setting of its own.
 */
final class InsightData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicLong UPN = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L) * 1000);

    private final JdbcTemplate jdbc;
    final long setting;

    InsightData(JdbcTemplate jdbc, String category) {
        this.jdbc = jdbc;
        String urn;
        do {
            urn = Integer.toString(100_000 + ThreadLocalRandom.current().nextInt(900_000));
        } while (jdbc.queryForObject("SELECT count(*) FROM setting WHERE urn = ?", Integer.class, urn) > 0);
        this.setting = jdbc.queryForObject("INSERT INTO setting (urn, name, category, status) VALUES (?, ?, ?, 'OPEN') "
                + "RETURNING id", Long.class, urn, "Insight Test School " + urn, category);
    }

    /** Noon (London) on a day. */
    static Instant at(String day) {
        return LocalDate.parse(day).atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    }

    long pupil(String sex, String ethnicity, String need, LocalDate born, String ehcStatus) {
        String upn = "W" + String.format("%011d", UPN.incrementAndGet()) + "0";
        return jdbc.queryForObject("""
                INSERT INTO pupil (upn, temporary_upn, first_name, last_name, date_of_birth, sex, ethnicity, primary_need,
                                   ehc_status, ehc_status_date, setting_id, created_at, updated_at)
                VALUES (?, false, 'Insight', 'Pupil', ?, ?, ?, ?, ?, CASE WHEN ?::text = 'NONE' THEN NULL ELSE DATE '2026-01-01' END,
                        ?, now(), now()) RETURNING id""", Long.class, upn, born, sex, ethnicity, need, ehcStatus, ehcStatus,
                setting);
    }

    /** A withdrawn case (so no queue or job picks it up) first and last submitted on the days given. */
    long caseSubmitted(String firstSubmitted, String lastSubmitted, LocalDate triageDue, LocalDate decisionDue) {
        long pupil = pupil("U", jdbc.queryForObject("SELECT min(code) FROM ethnicity", String.class), "SLD",
                LocalDate.of(2015, 1, 1), "NONE");
        return caseFor(pupil, firstSubmitted, lastSubmitted, triageDue, decisionDue, "5459.00", false);
    }

    long caseFor(long pupil, String firstSubmitted, String lastSubmitted, LocalDate triageDue, LocalDate decisionDue,
            String indicatedAmount, boolean exceptional) {
        Timestamp first = Timestamp.from(at(firstSubmitted));
        Timestamp last = Timestamp.from(at(lastSubmitted));
        long assessment = jdbc.queryForObject("""
                INSERT INTO assessment (pupil_id, setting_id, setting_category, purpose, framework_key, framework_version,
                    banding_key, banding_version, state, consulted, requested_start_date, reference, submitted_at,
                    submitted_by, score_total, score_band, score_annual_amount, score_exceptional, created_at, created_by,
                    updated_at, updated_by)
                SELECT ?, ?, s.category, 'NEW_REQUEST', 'demo-high-needs-matrix', '2025-26.1', 'demo-top-up-tariff',
                    '2026-27', 'SUBMITTED', true, ?::date, 'INS-' || ?, ?, 'senco', 25, '3', ?, ?, now(), 'senco', now(), 'senco'
                FROM setting s WHERE s.id = ? RETURNING id""", Long.class, pupil, setting, firstSubmitted,
                UPN.incrementAndGet(), first, exceptional ? null : new BigDecimal(indicatedAmount), exceptional, setting);
        return jdbc.queryForObject("""
                INSERT INTO funding_case (reference, assessment_id, pupil_id, setting_id, purpose, state, indicated_total,
                    indicated_band, indicated_annual_amount, indicated_exceptional, framework_key, framework_version,
                    banding_key, banding_version, requested_start_date, first_submitted_at, last_submitted_at,
                    withdrawn_reason, primary_need, triage_due_date, decision_due_date)
                SELECT a.reference, a.id, a.pupil_id, a.setting_id, 'NEW_REQUEST', 'WITHDRAWN', 25,
                    CASE WHEN ?::boolean THEN NULL ELSE '3' END, a.score_annual_amount, ?, a.framework_key, a.framework_version,
                    a.banding_key, a.banding_version, a.requested_start_date, ?, ?, 'Insight test data',
                    p.primary_need, ?, ?
                FROM assessment a JOIN pupil p ON p.id = a.pupil_id WHERE a.id = ? RETURNING id""", Long.class,
                exceptional, exceptional, first, last, triageDue, decisionDue, assessment);
    }

    /** An audit event of a case, with its transition. */
    void event(long caseId, String action, String day, String from, String to, Long decisionId) {
        jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, details) "
                        + "VALUES (?, 'officer', ?, 'CASE', ?, jsonb_build_object('from', ?::text, 'to', ?::text) "
                        + "|| CASE WHEN ?::bigint IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('decisionId', ?::bigint) END)",
                Timestamp.from(at(day)), action, Long.toString(caseId), from, to, decisionId, decisionId);
    }

    void triaged(long caseId, String day) {
        event(caseId, "CASE_ASSIGNED", day, "SUBMITTED", "IN_TRIAGE", null);
    }

    /**
     * A decision: {@code outcome} with {@code band} and {@code amount} (null when declined), by an officer
     * ({@code delegated}) or a panel, an override or not; {@code refusedOn} refuses it (an override) that day,
     * {@code approvedOn} approves it.
     */
    long decision(long caseId, String day, boolean delegated, String outcome, String band, String amount,
            boolean override, String approvedOn, String refusedOn) {
        boolean needsApproval = approvedOn != null || refusedOn != null;
        String status = refusedOn != null ? "REFUSED" : "IN_FORCE";
        String approvedAt = refusedOn != null ? refusedOn : approvedOn;
        return jdbc.queryForObject("""
                INSERT INTO case_decision (case_id, outcome, band, annual_amount, start_date, end_date, review_date,
                    start_policy, written_reason, override, override_reason, delegated, needs_approval, status, decided_by,
                    decided_at, approved_by, approved_at, refused_reason)
                VALUES (?, ?, ?, ?, ?::date, ?::date + 364, ?::date + 300, 'DECISION', 'Insight test decision', ?,
                    CASE WHEN ?::boolean THEN 'Insight test override' END, ?, ?, ?, 'officer', ?,
                    CASE WHEN ?::timestamptz IS NULL THEN NULL ELSE 'manager' END, ?::timestamptz,
                    CASE WHEN ?::text = 'REFUSED' THEN 'Insight test refusal' END)
                RETURNING id""", Long.class, caseId, outcome, band, amount == null ? null : new BigDecimal(amount),
                day, day, day, override, override, delegated, needsApproval, status, Timestamp.from(at(day)),
                approvedAt == null ? null : Timestamp.from(at(approvedAt)),
                approvedAt == null ? null : Timestamp.from(at(approvedAt)), status);
    }

    /** An agreement for the case's pupil from {@code decision}; {@code endedOn} ends it early that day. */
    long agreement(long caseId, long decision, String start, String plannedEnd, String review, String endedOn) {
        return jdbc.queryForObject("""
                INSERT INTO funding_agreement (reference, pupil_id, setting_id, case_id, decision_id, source, band,
                    annual_amount, banding_key, banding_version, rounding, start_date, end_date, planned_end_date,
                    review_date, decision_date, status, end_reason, ended_by, ended_at, created_by, created_at)
                SELECT 'INS' || nextval('funding_agreement_reference_seq'), c.pupil_id, c.setting_id, c.id, ?, 'DECISION',
                    '3', 5459.00, 'demo-top-up-tariff', '2026-27', 'HALF_UP', ?::date, coalesce(?::date, ?::date),
                    ?::date, ?::date, ?::date, CASE WHEN ?::date IS NULL THEN 'ACTIVE' ELSE 'ENDED' END,
                    CASE WHEN ?::date IS NULL THEN NULL ELSE 'Insight test: left' END,
                    CASE WHEN ?::date IS NULL THEN NULL ELSE 'officer' END, CASE WHEN ?::date IS NULL THEN NULL ELSE now() END,
                    'officer', now()
                FROM funding_case c WHERE c.id = ? RETURNING id""", Long.class, decision, start, endedOn, plannedEnd,
                plannedEnd, review, start, endedOn, endedOn, endedOn, endedOn, caseId);
    }

    /** A blind re-score of a decided case: {@code agreeing} of {@code domains} domains agree. */
    void moderated(long caseId, long decision, String decidedOn, int domains, int agreeing) {
        LocalDate month = LocalDate.parse(decidedOn).withDayOfMonth(1);
        Long sample = jdbc.query("SELECT id FROM moderation_sample WHERE month = ?",
                rs -> rs.next() ? rs.getLong(1) : null, month);
        if (sample == null) {
            sample = jdbc.queryForObject("INSERT INTO moderation_sample (month, seed, percent, population, drawn_by, "
                    + "drawn_at) VALUES (?, 1, 10, 0, 'manager', now()) RETURNING id", Long.class, month);
        }
        jdbc.update("INSERT INTO moderation_case (case_id, sample_id, decision_id, decided_by, decided_at, moderator, "
                + "scored_at) VALUES (?, ?, ?, 'officer', ?, 'manager', now())", caseId, sample, decision,
                Timestamp.from(at(decidedOn)));
        for (int d = 0; d < domains; d++) {
            jdbc.update("INSERT INTO moderation_domain (case_id, domain_code, blind_level, decided_level) VALUES (?, ?, ?, 2)",
                    caseId, "D" + d, d < agreeing ? 2 : 3);
        }
    }
}
