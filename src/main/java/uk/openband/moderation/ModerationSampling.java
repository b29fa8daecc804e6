package uk.openband.moderation;

import uk.openband.platform.Refused;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.platform.ClusterJobs;

/**
 * Draws each month's moderation sample: a share ({@code openband.moderation.sample-percent}, default 10,
 * rounded up) of the cases whose decision came into force in that calendar month (in the configured time zone). The cases
 * are put in id order and shuffled with {@code java.util.Random(seed)}; the first ones are taken. The seed,
 * share and population are stored, so anyone can draw the same sample again. A month is drawn once (a unique
 * constraint says so); a case is sampled at most once.
 *
 * <p>Reads the decisions in SQL through casework's and panels' read models ({@code casework_case_facts_v},
 * {@code casework_decision_v}, {@code panels_agenda_v}), never their tables: the rates are SQL over the same rows.
 */
@Service
@Transactional
public class ModerationSampling {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClusterJobs jobs;
    private final int percent;

    ModerationSampling(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, ClusterJobs jobs,
            @Value("${openband.moderation.sample-percent:10}") int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("openband.moderation.sample-percent must be 1 to 100");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.jobs = jobs;
        this.percent = percent;
    }

    /** A drawn sample. */
    public record Sample(long id, YearMonth month, long seed, int percent, int population, int sampled, String drawnBy,
            java.time.Instant drawnAt) {
    }

    /** A sampled case with where it is in moderation. */
    public record SampledCase(long caseId, String reference, YearMonth month, String decidedBy, Long panelMeetingId,
            String moderator, boolean scored) {
    }

    public int percent() {
        return percent;
    }

    /** On the first of each month, draws the previous month's sample (once, even with two instances running). */
    @Scheduled(cron = "${openband.moderation.sample-cron:0 30 2 1 * *}", zone = "${openband.time-zone}")
    public void drawLastMonth() {
        jobs.runOncePer("moderation.sample", Duration.ofDays(20), () -> {
            YearMonth last = YearMonth.now(clock).minusMonths(1);
            if (find(last).isEmpty() && !population(last).isEmpty()) {
                draw(last, "system");
            }
        });
    }

    /**
     * Draws the month's sample with a fresh seed. Refused when the month is not over yet, is already drawn or
     * had no decisions to sample (a month long past or an empty one would use the month up for nothing).
     */
    public Sample draw(YearMonth month, String by) {
        return draw(month, ThreadLocalRandom.current().nextLong(), by);
    }

    /** Draws the month's sample with the given seed. */
    public Sample draw(YearMonth month, long seed, String by) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new Refused("month", "moderation.refused.monthNotEnded");
        }
        if (find(month).isPresent()) {
            throw Refused.state("month", "moderation.refused.alreadyDrawn");
        }
        List<long[]> population = population(month);
        if (population.isEmpty()) {
            throw new Refused("month", "moderation.refused.noDecisions",
                    month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                            + month.getYear());
        }
        List<long[]> chosen = choose(population, percent, seed);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        java.time.Instant now = clock.instant();
        try {
            jdbc.update(con -> {
                var ps = con.prepareStatement("""
                        INSERT INTO moderation_sample (month, seed, percent, population, drawn_by, drawn_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                ps.setObject(1, month.atDay(1));
                ps.setLong(2, seed);
                ps.setInt(3, percent);
                ps.setInt(4, population.size());
                ps.setString(5, by);
                ps.setTimestamp(6, Timestamp.from(now));
                return ps;
            }, key);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw Refused.state("month", "moderation.refused.alreadyDrawn");
        }
        long sampleId = key.getKey().longValue();
        for (long[] c : chosen) {
            jdbc.update("""
                    INSERT INTO moderation_case (case_id, sample_id, decision_id, decided_by, panel_meeting_id, decided_at)
                    SELECT c.id, ?, d.id, d.decided_by,
                           CASE WHEN d.delegated THEN NULL ELSE (SELECT ai.meeting_id FROM panels_agenda_v ai
                               WHERE ai.case_id = c.id AND ai.outcome IS NOT NULL AND ai.outcome <> 'DEFER'
                               ORDER BY ai.decided_at DESC LIMIT 1) END,
                           d.decided_at
                    FROM casework_case_facts_v c JOIN casework_decision_v d ON d.id = c.decision_id
                    WHERE c.id = ? AND d.id = ?""", sampleId, c[0], c[1]);
        }
        events.publishEvent(new ModerationEvents.SampleDrawn(sampleId, month.toString(), seed, percent,
                population.size(), chosen.size(), by));
        return find(month).orElseThrow();
    }

    /** How many of a population of {@code n} a share of {@code percent} samples: rounded up, so never none of some. */
    public static int sampleSize(int n, int percent) {
        return (int) Math.ceil(n * percent / 100.0);
    }

    /** The rule: shuffle the population (in id order) with {@code Random(seed)} and take the first ones. */
    static List<long[]> choose(List<long[]> population, int percent, long seed) {
        List<long[]> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, sampleSize(population.size(), percent)));
    }

    /** Case and decision ids, in case id order, of the cases whose decision came into force in the month. */
    List<long[]> population(YearMonth month) {
        return jdbc.query("""
                SELECT c.id, d.id FROM casework_case_facts_v c JOIN casework_decision_v d ON d.id = c.decision_id
                WHERE d.status = 'IN_FORCE' AND coalesce(d.approved_at, d.decided_at) >= ?
                  AND coalesce(d.approved_at, d.decided_at) < ?
                  AND NOT EXISTS (SELECT 1 FROM moderation_case m WHERE m.case_id = c.id)
                ORDER BY c.id""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                Timestamp.from(month.atDay(1).atStartOfDay(clock.getZone()).toInstant()),
                Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant()));
    }

    @Transactional(readOnly = true)
    public Optional<Sample> find(YearMonth month) {
        return jdbc.query(SAMPLE_SQL + " WHERE s.month = ? GROUP BY s.id", this::sample, month.atDay(1)).stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    public List<Sample> samples() {
        return jdbc.query(SAMPLE_SQL + " GROUP BY s.id ORDER BY s.month DESC LIMIT 24", this::sample);
    }

    @Transactional(readOnly = true)
    public List<SampledCase> cases(long sampleId) {
        return jdbc.query("""
                SELECT m.case_id, c.reference, s.month, m.decided_by, m.panel_meeting_id, m.moderator, m.scored_at
                FROM moderation_case m JOIN casework_case_facts_v c ON c.id = m.case_id
                JOIN moderation_sample s ON s.id = m.sample_id
                WHERE m.sample_id = ? ORDER BY c.reference""", (rs, i) -> new SampledCase(rs.getLong(1),
                rs.getString(2), YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getString(4),
                (Long) rs.getObject(5), rs.getString(6), rs.getTimestamp(7) != null), sampleId);
    }

    private static final String SAMPLE_SQL = """
            SELECT s.id, s.month, s.seed, s.percent, s.population, count(m.case_id), s.drawn_by, s.drawn_at
            FROM moderation_sample s LEFT JOIN moderation_case m ON m.sample_id = s.id""";

    private Sample sample(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Sample(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
