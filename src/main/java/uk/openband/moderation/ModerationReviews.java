package uk.openband.moderation;

import uk.openband.platform.Text;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseSummary;
import uk.openband.directory.PupilScope;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.Level;
import uk.openband.framework.scoring.MatrixFramework;

/**
 * The blind re-score of a sampled case. Until the moderator saves a level for every domain, what this class
 * hands out ({@link BlindCase}) holds the evidence and the descriptors and no level that the school chose or
 * the decision used. Saving keeps the decided levels beside the blind ones (the school's level, or the panel's
 * moderated level when the panel decided the case); the database works out agreement per domain. The case comes
 * from {@link CaseQueries}; the decided levels from the assessment's, casework's and panels' read models
 * ({@code assessment_answer_v}, {@code casework_case_facts_v}, {@code panels_agenda_v},
 * {@code panels_moderated_level_v}).
 */
@Service
@Transactional
public class ModerationReviews {

    public static final int MAX_NOTE = 2000;

    private final JdbcTemplate jdbc;
    private final AssessmentManagement assessments;
    private final CaseQueries cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationReviews(JdbcTemplate jdbc, AssessmentManagement assessments, CaseQueries cases,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    /** A domain to score blind: its evidence and the framework's levels with their descriptors. */
    public record BlindDomain(String code, String name, String evidence, List<Level> levels) {
    }

    /** A sampled case as the moderator sees it before scoring. */
    public record BlindCase(long caseId, String reference, List<BlindDomain> domains) {
    }

    /** One domain after scoring: the blind level beside the decided one. */
    public record ComparedDomain(String code, String name, int blindLevel, int decidedLevel, boolean agrees) {
    }

    /** The comparison, once the blind score is saved. */
    public record Comparison(long caseId, String reference, String moderator, List<ComparedDomain> domains,
            String note) {
        public long agreed() {
            return domains.stream().filter(ComparedDomain::agrees).count();
        }
    }

    private record Sampled(long caseId, String reference, long assessmentId, String decidedBy, String moderator) {
    }

    /**
     * Whether this person has opened the blind re-score of the case and nobody has scored it yet: while so,
     * the decided levels must stay hidden from them.
     */
    @Transactional(readOnly = true)
    public boolean blindOutstanding(long caseId, String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM moderation_blind_start b JOIN moderation_case m ON m.case_id = b.case_id
                WHERE b.case_id = ? AND b.username = ? AND m.moderator IS NULL)""", Boolean.class, caseId, username));
    }

    /** Whether the case is sampled and already scored blind. */
    @Transactional(readOnly = true)
    public boolean scored(long caseId) {
        return sampled(caseId).moderator() != null;
    }

    /**
     * The blind view. Refused for the decider or the school's SENCO, and once the case is scored. Opening it
     * starts this person's blind re-score: until the case is scored they cannot open the case itself
     * ({@link #blindOutstanding}).
     */
    public BlindCase blind(long caseId, String username) {
        Sampled s = sampled(caseId);
        if (s.moderator() != null) {
            throw Refused.state("state", "moderation.refused.alreadyModerated");
        }
        AssessmentView a = allowed(s, username);
        int started = jdbc.update("INSERT INTO moderation_blind_start (case_id, username, started_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", caseId, username, Timestamp.from(clock.instant()));
        if (started > 0) {
            events.publishEvent(new ModerationEvents.BlindStarted(caseId, username));
        }
        MatrixFramework framework = assessments.framework(a);
        List<BlindDomain> domains = framework.domains().stream().map(d -> new BlindDomain(d.code(), d.name(),
                Optional.ofNullable(a.answer(d.code())).map(Answer::evidence).orElse(null), d.levels())).toList();
        return new BlindCase(caseId, s.reference(), domains);
    }

    /**
     * Saves the blind levels (one for every domain, each a level the framework has) with the decided levels.
     * Returns the number of domains that agree.
     */
    public int score(long caseId, Map<String, Integer> levels, String username) {
        Sampled s = sampled(caseId);
        if (s.moderator() != null) {
            throw Refused.state("state", "moderation.refused.alreadyModerated");
        }
        AssessmentView a = allowed(s, username);
        MatrixFramework framework = assessments.framework(a);
        for (Domain d : framework.domains()) {
            Integer level = levels.get(d.code());
            if (level == null || d.level(level).isEmpty()) {
                throw new Refused(d.code(), "moderation.refused.levelMissing", d.name());
            }
        }
        Map<String, Integer> decided = decidedLevels(caseId);
        int claimed = jdbc.update("""
                UPDATE moderation_case SET moderator = ?, scored_at = ? WHERE case_id = ? AND moderator IS NULL""",
                username, Timestamp.from(clock.instant()), caseId);
        if (claimed == 0) {
            throw Refused.state("state", "moderation.refused.alreadyModerated");
        }
        int agreed = 0;
        for (Domain d : framework.domains()) {
            int decidedLevel = decided.getOrDefault(d.code(), d.minLevel());
            int blind = levels.get(d.code());
            jdbc.update("INSERT INTO moderation_domain (case_id, domain_code, blind_level, decided_level) VALUES (?, ?, ?, ?)",
                    caseId, d.code(), blind, decidedLevel);
            agreed += blind == decidedLevel ? 1 : 0;
        }
        events.publishEvent(new ModerationEvents.BlindScored(caseId, framework.domains().size(), agreed, username));
        return agreed;
    }

    /** Both levels side by side: only after the blind score is saved, and only for its moderator or a reader of rates. */
    @Transactional(readOnly = true)
    public Comparison comparison(long caseId) {
        Sampled s = sampled(caseId);
        if (s.moderator() == null) {
            throw Refused.state("state", "moderation.refused.scoreFirst");
        }
        AssessmentView a = assessments.get(PupilScope.allSettings(), s.assessmentId());
        MatrixFramework framework = assessments.framework(a);
        List<ComparedDomain> domains = jdbc.query("""
                SELECT domain_code, blind_level, decided_level, agrees FROM moderation_domain WHERE case_id = ?""",
                (rs, i) -> new ComparedDomain(rs.getString(1),
                        framework.domain(rs.getString(1)).map(Domain::name).orElse(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), rs.getBoolean(4)), caseId);
        Map<String, Integer> order = new HashMap<>();
        framework.domains().forEach(d -> order.put(d.code(), order.size()));
        domains = domains.stream().sorted(java.util.Comparator.comparing(d -> order.getOrDefault(d.code(), 999)))
                .toList();
        String note = jdbc.queryForObject("SELECT note FROM moderation_case WHERE case_id = ?", String.class, caseId);
        return new Comparison(caseId, s.reference(), s.moderator(), domains, note);
    }

    /** The moderator's note on the comparison (their own only). */
    public void note(long caseId, String note, String username) {
        Sampled s = sampled(caseId);
        if (s.moderator() == null) {
            throw Refused.state("state", "moderation.refused.scoreFirst");
        }
        if (!s.moderator().equals(username)) {
            throw Refused.state("state", "moderation.refused.notModerator");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new Refused("note", "moderation.refused.noteLength", MAX_NOTE);
        }
        Text.require("note", text);
        jdbc.update("UPDATE moderation_case SET note = ?, noted_at = ? WHERE case_id = ?", text,
                Timestamp.from(clock.instant()), caseId);
        events.publishEvent(new ModerationEvents.Noted(caseId, username));
    }

    private Sampled sampled(long caseId) {
        return jdbc.query("SELECT m.decided_by, m.moderator FROM moderation_case m WHERE m.case_id = ?",
                (rs, i) -> {
                    CaseSummary c = cases.summary(caseId).orElseThrow(() -> new NotFound("moderation.notFound.case", caseId));
                    return new Sampled(caseId, c.reference(), c.assessmentId(), rs.getString(1), rs.getString(2));
                }, caseId).stream().findFirst()
                .orElseThrow(() -> new NotFound("moderation.notFound.case", caseId));
    }

    private AssessmentView allowed(Sampled s, String username) {
        AssessmentView a = assessments.get(PupilScope.allSettings(), s.assessmentId());
        if (username.equals(s.decidedBy())) {
            throw Refused.state("state", "moderation.refused.ownDecision");
        }
        if (username.equals(a.submittedBy())) {
            throw Refused.state("state", "moderation.refused.ownRequest");
        }
        return a;
    }

    /** The levels the decision used: the school's, with the panel's moderated levels where the panel decided it. */
    private Map<String, Integer> decidedLevels(long caseId) {
        Map<String, Integer> levels = new HashMap<>();
        jdbc.query("""
                SELECT a.domain_code, coalesce(pm.moderated_level, a.level)
                FROM moderation_case m JOIN casework_case_facts_v c ON c.id = m.case_id
                JOIN assessment_answer_v a ON a.assessment_id = c.assessment_id
                LEFT JOIN panels_agenda_v ai ON ai.case_id = c.id AND ai.meeting_id = m.panel_meeting_id
                LEFT JOIN panels_moderated_level_v pm ON pm.agenda_item_id = ai.id AND pm.domain_code = a.domain_code
                WHERE m.case_id = ?""", rs -> {
            levels.put(rs.getString(1), rs.getInt(2));
        }, caseId);
        return levels;
    }
}
