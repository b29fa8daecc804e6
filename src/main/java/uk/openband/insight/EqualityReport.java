package uk.openband.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests first submitted in a period by a characteristic of the pupil (sex, ethnicity's major group or detailed
 * code, year group, primary need, EHC status): how many were decided, awarded, overridden and disputed, the award
 * rate and the mean and median award, beside the council-wide figures, with small numbers suppressed as in DfE
 * statistics ({@link Suppression}). Read from casework's and directory's views; defined in
 * {@code docs/insight.md}.
 */
@Service
@Transactional(readOnly = true)
public class EqualityReport {

    /** What the groups are. */
    public enum By {
        SEX("sex", "p.sex"),
        ETHNICITY("ethnicity", """
                CASE WHEN p.ethnicity LIKE 'W%' THEN 'WHITE' WHEN p.ethnicity LIKE 'M%' THEN 'MIXED'
                     WHEN p.ethnicity LIKE 'A%' OR p.ethnicity = 'CHNE' THEN 'ASIAN' WHEN p.ethnicity LIKE 'B%' THEN 'BLACK'
                     WHEN p.ethnicity = 'OOTH' THEN 'OTHER' ELSE 'UNCLASSIFIED' END"""),
        ETHNICITY_DETAILED("ethnicityDetailed", "p.ethnicity"),
        YEAR_GROUP("yearGroup", """
                (extract(year FROM (f.first_submitted_at AT TIME ZONE :zone) - interval '8 months')
                 - extract(year FROM p.date_of_birth - interval '8 months') - 5)::int::text"""),
        PRIMARY_NEED("primaryNeed", "coalesce(f.primary_need, p.primary_need)"),
        EHC_STATUS("ehcStatus", "p.ehc_status");

        public final String param;
        final String sql;

        By(String param, String sql) {
            this.param = param;
            this.sql = sql;
        }

        public static Optional<By> of(String param) {
            return Arrays.stream(values()).filter(b -> b.param.equalsIgnoreCase(param)).findFirst();
        }
    }

    /** One group's figures before suppression (amounts null when nothing was awarded). */
    public record Counts(String group, long requests, long decided, long awarded, long overridden, long disputed,
            BigDecimal meanAward, BigDecimal medianAward) {

        BigDecimal awardRate() {
            return decided == 0 ? null : PerformanceIndicators.percent(BigDecimal.valueOf(awarded), BigDecimal.valueOf(decided));
        }

        BigDecimal overrideRate() {
            return decided == 0 ? null : PerformanceIndicators.percent(BigDecimal.valueOf(overridden), BigDecimal.valueOf(decided));
        }

        BigDecimal disputeRate() {
            return decided == 0 ? null : PerformanceIndicators.percent(BigDecimal.valueOf(disputed), BigDecimal.valueOf(decided));
        }
    }

    /** The groups and the council-wide figures, as shown (suppressed). */
    public record Table(InsightPeriod period, By by, List<Suppression.Row> groups, Suppression.Row council) {
    }

    static final String SQL = """
            WITH c AS (
                SELECT %s AS grp, d.id IS NOT NULL AS decided, d.outcome <> 'DECLINE' AS awarded,
                       CASE WHEN d.outcome <> 'DECLINE' THEN d.annual_amount END AS amount,
                       coalesce(d.override, false) AS overridden, f.disputed_at IS NOT NULL AS disputed
                FROM casework_case_facts_v f JOIN directory_pupil_v p ON p.id = f.pupil_id
                LEFT JOIN LATERAL (SELECT x.id, x.outcome, x.annual_amount, x.override FROM casework_decision_v x
                    WHERE x.case_id = f.id AND x.status <> 'REFUSED' ORDER BY x.decided_at, x.id LIMIT 1) d ON TRUE
                WHERE f.first_submitted_at >= :start AND f.first_submitted_at < :end)
            SELECT grp, grouping(grp) AS council, count(*) AS requests, count(*) FILTER (WHERE decided) AS decided,
                   count(*) FILTER (WHERE awarded) AS awarded, count(*) FILTER (WHERE decided AND overridden) AS overridden,
                   count(*) FILTER (WHERE decided AND disputed) AS disputed, round(avg(amount), 2) AS mean_award,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median_award
            FROM c GROUP BY GROUPING SETS ((grp), ()) ORDER BY grouping(grp), grp""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    EqualityReport(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Table of(InsightPeriod period, By by) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("start", Timestamp.from(period.from().atStartOfDay(clock.getZone()).toInstant()))
                .addValue("end", Timestamp.from(period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .addValue("zone", clock.getZone().getId());
        List<Counts> groups = new ArrayList<>();
        Counts[] council = {new Counts(null, 0, 0, 0, 0, 0, null, null)};
        jdbc.query(SQL.formatted(by.sql), p, rs -> {
            BigDecimal median = rs.getBigDecimal("median_award");
            Counts c = new Counts(rs.getString("grp"), rs.getLong("requests"), rs.getLong("decided"),
                    rs.getLong("awarded"), rs.getLong("overridden"), rs.getLong("disputed"),
                    rs.getBigDecimal("mean_award"), median == null ? null : median.setScale(2, RoundingMode.HALF_UP));
            if (rs.getInt("council") == 1) {
                council[0] = c;
            } else {
                groups.add(new Counts(c.group() == null ? "UNKNOWN" : c.group().toUpperCase(Locale.ROOT), c.requests(),
                        c.decided(), c.awarded(), c.overridden(), c.disputed(), c.meanAward(), c.medianAward()));
            }
        });
        if (by == By.YEAR_GROUP) {
            groups.sort(java.util.Comparator.comparingInt(c -> c.group().equals("UNKNOWN") ? Integer.MAX_VALUE
                    : Integer.parseInt(c.group())));
        }
        return new Table(period, by, Suppression.apply(groups), Suppression.council(council[0]));
    }
}
