package uk.openband.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SEND performance indicators of a period, against the previous period and the same period a year before,
 * worked out in SQL over casework's, audit's, moderation's, calendar's and agreements' published views. Each
 * indicator is defined, for an analyst who must reproduce it, in {@code docs/insight.md}; the SQL here is that
 * definition.
 */
@Service
@Transactional(readOnly = true)
public class PerformanceIndicators {

    /** The indicators in the order they are shown, with the names of their parts. */
    public static final Map<String, List<String>> NAMES = names();

    private static Map<String, List<String>> names() {
        Map<String, List<String>> n = new LinkedHashMap<>();
        n.put("requestsReceived", List.of());
        n.put("triagedInTarget", List.of("outOf", "percent"));
        n.put("decidedInTarget", List.of("outOf", "percent", "medianWorkingDays"));
        n.put("delegatedDecisions", List.of());
        n.put("panelDecisions", List.of());
        n.put("overrides", List.of("upwards", "downwards"));
        n.put("approvalsRefused", List.of());
        n.put("returnedForInformation", List.of("cases", "perCase"));
        n.put("disputesRaised", List.of("upheld", "changed"));
        n.put("moderationAgreement", List.of("outOf", "percent"));
        n.put("activeAgreements", List.of());
        n.put("pastReviewDate", List.of("outOf", "percent"));
        return java.util.Collections.unmodifiableMap(n);
    }

    static final String REQUESTS = """
            SELECT count(*) AS requests FROM casework_case_facts_v c
            WHERE c.first_submitted_at >= :start AND c.first_submitted_at < :end""";

    /** Each case's first triage after its latest submission (an officer taking it from SUBMITTED). */
    static final String TRIAGE = """
            WITH t AS (
                SELECT c.id, c.triage_due_date, min(e.occurred_at) AS triaged_at
                FROM audit_event_v e JOIN casework_case_facts_v c ON c.id::text = e.subject_id
                WHERE e.subject_type = 'CASE' AND e.action = 'CASE_ASSIGNED' AND e.details ->> 'from' = 'SUBMITTED'
                  AND e.occurred_at >= c.last_submitted_at AND e.occurred_at < :end
                  AND c.id::text IN (SELECT p.subject_id FROM audit_event_v p WHERE p.subject_type = 'CASE'
                      AND p.action = 'CASE_ASSIGNED' AND p.occurred_at >= :start AND p.occurred_at < :end)
                GROUP BY c.id, c.triage_due_date)
            SELECT count(*) FILTER (WHERE (t.triaged_at AT TIME ZONE :zone)::date <= t.triage_due_date) AS in_target,
                   count(*) AS all_triaged
            FROM t WHERE t.triaged_at >= :start""";

    /**
     * Each case's first decision after its latest submission (a refused override apart), made in the period: on
     * time by the decision due date, and the working days (weekdays that are not bank holidays) after the
     * submission's day up to the decision's day.
     */
    static final String DECIDED = """
            WITH d AS (
                SELECT (d.decided_at AT TIME ZONE :zone)::date AS decided_day,
                       (c.last_submitted_at AT TIME ZONE :zone)::date AS submitted_day, c.decision_due_date
                FROM casework_decision_v d JOIN casework_case_facts_v c ON c.id = d.case_id
                WHERE d.decided_at >= :start AND d.decided_at < :end AND d.decided_at >= c.last_submitted_at
                  AND d.status <> 'REFUSED'
                  AND NOT EXISTS (SELECT 1 FROM casework_decision_v e WHERE e.case_id = d.case_id AND e.status <> 'REFUSED'
                      AND e.decided_at >= c.last_submitted_at AND (e.decided_at, e.id) < (d.decided_at, d.id))),
            w AS (
                SELECT d.decided_day <= d.decision_due_date AS on_time,
                       (SELECT count(*) FROM generate_series(d.submitted_day + 1, d.decided_day, interval '1 day') g(day)
                        WHERE extract(isodow FROM g.day) < 6
                          AND NOT EXISTS (SELECT 1 FROM calendar_bank_holiday_v h WHERE h.holiday_date = g.day::date))
                       AS working_days
                FROM d)
            SELECT count(*) FILTER (WHERE w.on_time) AS in_target, count(*) AS all_decided,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY w.working_days) AS median_days
            FROM w""";

    /** Decisions recorded in the period: who made them (refused overrides apart), overrides and refusals. */
    static final String DECISIONS = """
            SELECT count(*) FILTER (WHERE d.status <> 'REFUSED' AND d.delegated
                       AND d.decided_at >= :start AND d.decided_at < :end) AS delegated,
                   count(*) FILTER (WHERE d.status <> 'REFUSED' AND NOT d.delegated
                       AND d.decided_at >= :start AND d.decided_at < :end) AS panel,
                   count(*) FILTER (WHERE d.override AND d.decided_at >= :start AND d.decided_at < :end) AS overrides,
                   count(*) FILTER (WHERE d.override AND d.decided_at >= :start AND d.decided_at < :end
                       AND d.outcome <> 'DECLINE' AND NOT c.indicated_exceptional
                       AND (d.outcome = 'EXCEPTIONAL' OR d.annual_amount > c.indicated_annual_amount)) AS upwards,
                   count(*) FILTER (WHERE d.override AND d.decided_at >= :start AND d.decided_at < :end
                       AND (d.outcome = 'DECLINE'
                            OR (c.indicated_exceptional AND d.outcome <> 'EXCEPTIONAL')
                            OR (NOT c.indicated_exceptional AND d.outcome <> 'EXCEPTIONAL'
                                AND d.annual_amount < c.indicated_annual_amount))) AS downwards,
                   count(*) FILTER (WHERE d.status = 'REFUSED' AND d.approved_at >= :start AND d.approved_at < :end)
                       AS refused
            FROM casework_decision_v d JOIN casework_case_facts_v c ON c.id = d.case_id
            WHERE (d.decided_at >= :start AND d.decided_at < :end) OR (d.approved_at >= :start AND d.approved_at < :end)""";

    static final String RETURNS = """
            SELECT count(*) AS returns, count(DISTINCT e.subject_id) AS cases FROM audit_event_v e
            WHERE e.action = 'CASE_RETURNED_FOR_INFORMATION' AND e.subject_type = 'CASE'
              AND e.occurred_at >= :start AND e.occurred_at < :end""";

    /**
     * Disputes raised in the period, and of them those decided again since: upheld when the next decision (not a
     * refused override) agrees the same outcome, band and amount as the decision disputed, changed otherwise.
     */
    static final String DISPUTES = """
            WITH r AS (
                SELECT e.subject_id::bigint AS case_id, e.occurred_at, (e.details ->> 'decisionId')::bigint AS disputed_id
                FROM audit_event_v e
                WHERE e.action = 'CASE_DISPUTED' AND e.subject_type = 'CASE'
                  AND e.occurred_at >= :start AND e.occurred_at < :end)
            SELECT count(*) AS raised,
                   count(*) FILTER (WHERE n.id IS NOT NULL AND n.outcome = o.outcome
                       AND n.band IS NOT DISTINCT FROM o.band AND n.annual_amount IS NOT DISTINCT FROM o.annual_amount)
                       AS upheld,
                   count(*) FILTER (WHERE n.id IS NOT NULL AND NOT (n.outcome = o.outcome
                       AND n.band IS NOT DISTINCT FROM o.band AND n.annual_amount IS NOT DISTINCT FROM o.annual_amount))
                       AS changed
            FROM r LEFT JOIN casework_decision_v o ON o.id = r.disputed_id
            LEFT JOIN LATERAL (SELECT x.id, x.outcome, x.band, x.annual_amount FROM casework_decision_v x
                WHERE x.case_id = r.case_id AND x.decided_at > r.occurred_at AND x.status <> 'REFUSED'
                ORDER BY x.decided_at, x.id LIMIT 1) n ON TRUE""";

    /** Blind re-scores of cases decided in the period: domains where the blind level equals the decided one. */
    static final String MODERATION = """
            SELECT count(*) FILTER (WHERE md.agrees) AS agreed, count(*) AS domains
            FROM moderation_domain_v md JOIN moderation_case_v m ON m.case_id = md.case_id
            WHERE m.decided_at >= :start AND m.decided_at < :end""";

    /** Agreements funding the snapshot day, and those of them whose review date has passed by then. */
    static final String AGREEMENTS = """
            SELECT count(*) AS active, count(*) FILTER (WHERE a.review_date < :day) AS past_review
            FROM agreements_agreement_v a
            WHERE a.start_date <= :day AND a.end_date >= :day""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PerformanceIndicators(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every indicator for {@code period}, against the previous period and the same period a year before. */
    public Indicators of(InsightPeriod period) {
        InsightPeriod previous = period.previous();
        InsightPeriod lastYear = period.yearBefore();
        Map<String, BigDecimal> now = figures(period);
        Map<String, BigDecimal> before = figures(previous);
        Map<String, BigDecimal> yearBefore = figures(lastYear);
        List<Indicator> list = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : NAMES.entrySet()) {
            String name = e.getKey();
            Map<String, Comparison> parts = new LinkedHashMap<>();
            for (String part : e.getValue()) {
                String key = name + "." + part;
                parts.put(part, new Comparison(now.get(key), before.get(key), yearBefore.get(key)));
            }
            list.add(new Indicator(name, new Comparison(now.get(name), before.get(name), yearBefore.get(name)),
                    java.util.Collections.unmodifiableMap(parts)));
        }
        return new Indicators(period, previous, lastYear, snapshotDay(period), List.copyOf(list));
    }

    /** The day the snapshot indicators are taken on: the period's last day, or today when that is to come. */
    LocalDate snapshotDay(InsightPeriod period) {
        LocalDate today = LocalDate.now(clock);
        return period.to().isAfter(today) ? today : period.to();
    }

    /** The figures of one period, by indicator name and {@code name.part}. */
    Map<String, BigDecimal> figures(InsightPeriod period) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("start", Timestamp.from(period.from().atStartOfDay(clock.getZone()).toInstant()))
                .addValue("end", Timestamp.from(period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .addValue("zone", clock.getZone().getId())
                .addValue("day", snapshotDay(period));
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        jdbc.query(REQUESTS, p, (ResultSet rs) -> {
            f.put("requestsReceived", count(rs, "requests"));
        });
        jdbc.query(TRIAGE, p, (ResultSet rs) -> {
            putRate(f, "triagedInTarget", count(rs, "in_target"), count(rs, "all_triaged"));
        });
        jdbc.query(DECIDED, p, (ResultSet rs) -> {
            putRate(f, "decidedInTarget", count(rs, "in_target"), count(rs, "all_decided"));
            BigDecimal median = rs.getBigDecimal("median_days");
            f.put("decidedInTarget.medianWorkingDays", median == null ? null : median.setScale(1, RoundingMode.HALF_UP));
        });
        jdbc.query(DECISIONS, p, (ResultSet rs) -> {
            f.put("delegatedDecisions", count(rs, "delegated"));
            f.put("panelDecisions", count(rs, "panel"));
            f.put("overrides", count(rs, "overrides"));
            f.put("overrides.upwards", count(rs, "upwards"));
            f.put("overrides.downwards", count(rs, "downwards"));
            f.put("approvalsRefused", count(rs, "refused"));
        });
        jdbc.query(RETURNS, p, (ResultSet rs) -> {
            BigDecimal returns = count(rs, "returns");
            BigDecimal cases = count(rs, "cases");
            f.put("returnedForInformation", returns);
            f.put("returnedForInformation.cases", cases);
            f.put("returnedForInformation.perCase", cases.signum() == 0 ? null
                    : returns.divide(cases, 1, RoundingMode.HALF_UP));
        });
        jdbc.query(DISPUTES, p, (ResultSet rs) -> {
            f.put("disputesRaised", count(rs, "raised"));
            f.put("disputesRaised.upheld", count(rs, "upheld"));
            f.put("disputesRaised.changed", count(rs, "changed"));
        });
        jdbc.query(MODERATION, p, (ResultSet rs) -> {
            putRate(f, "moderationAgreement", count(rs, "agreed"), count(rs, "domains"));
        });
        jdbc.query(AGREEMENTS, p, (ResultSet rs) -> {
            BigDecimal active = count(rs, "active");
            f.put("activeAgreements", active);
            putRate(f, "pastReviewDate", count(rs, "past_review"), active);
        });
        return f;
    }

    private static void putRate(Map<String, BigDecimal> f, String name, BigDecimal count, BigDecimal outOf) {
        f.put(name, count);
        f.put(name + ".outOf", outOf);
        f.put(name + ".percent", percent(count, outOf));
    }

    /** {@code part} as a percentage of {@code whole} to one decimal place (half up), or null when the whole is 0. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal count(ResultSet rs, String column) throws SQLException {
        return BigDecimal.valueOf(rs.getLong(column));
    }
}
