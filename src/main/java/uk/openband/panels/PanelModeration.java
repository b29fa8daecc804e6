package uk.openband.panels;

import uk.openband.platform.Text;
import uk.openband.platform.Refused;
import uk.openband.platform.NotFound;
import uk.openband.platform.Conflict;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.directory.PupilScope;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoringEngine;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.panels.internal.AgendaItem;
import uk.openband.panels.internal.AgendaItemRepository;
import uk.openband.panels.internal.Moderation;
import uk.openband.panels.internal.ModerationRepository;
import uk.openband.panels.internal.Participation;
import uk.openband.panels.internal.PanelMeeting;
import uk.openband.panels.internal.PanelMeetingRepository;

/**
 * Moderation at the panel: a member changes a domain's level with a note, and the score and band
 * are worked out again by the scoring engine against the case's pinned framework and tariff. The
 * school's answers are never changed; the moderated levels belong to the agenda case.
 */
@Service
@Transactional
public class PanelModeration {

    public static final int MAX_NOTE = 2000;

    private final PanelMeetingRepository meetings;
    private final AgendaItemRepository items;
    private final ModerationRepository moderations;
    private final uk.openband.casework.CaseQueries cases;
    private final AssessmentManagement assessments;
    private final Participation participation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserManagement users;

    PanelModeration(PanelMeetingRepository meetings, AgendaItemRepository items, ModerationRepository moderations,
            uk.openband.casework.CaseQueries cases, AssessmentManagement assessments, Participation participation,
            ApplicationEventPublisher events, Clock clock, UserManagement users) {
        this.users = users;
        this.meetings = meetings;
        this.items = items;
        this.moderations = moderations;
        this.cases = cases;
        this.assessments = assessments;
        this.participation = participation;
        this.events = events;
        this.clock = clock;
    }

    /** The assessment of a case on the agenda (every setting: panels see all). */
    @Transactional(readOnly = true)
    public AssessmentView assessment(long caseId) {
        return assessments.get(PupilScope.allSettings(), cases.summary(caseId).orElseThrow().assessmentId());
    }

    @Transactional(readOnly = true)
    public MatrixFramework framework(AssessmentView a) {
        return assessments.framework(a);
    }

    /**
     * The domain levels the panel changed, and why, at the meeting that last decided the case
     * (not one that deferred it); empty when no panel decided it. What the school reads.
     */
    @Transactional(readOnly = true)
    public List<uk.openband.assessment.CaseStatusLookup.LevelChange> changesBehindDecision(long caseId) {
        return items.findByCaseIdOrderByDecidedAtDesc(caseId).stream()
                .filter(i -> i.getOutcome() != null && !PanelOutcome.DEFER.name().equals(i.getOutcome()))
                .findFirst().map(item -> {
                    MatrixFramework framework = assessments.framework(assessment(caseId));
                    return moderations.findByAgendaItemIdOrderByDomainCode(item.getId()).stream()
                            .map(m -> new uk.openband.assessment.CaseStatusLookup.LevelChange(m.getDomainCode(),
                                    framework.domain(m.getDomainCode()).map(Domain::name).orElse(m.getDomainCode()),
                                    m.getOriginalLevel(), m.getModeratedLevel(), m.getNote()))
                            .toList();
                }).orElse(List.of());
    }

    /** The school's result and the result with the panel's levels, with each change. */
    @Transactional(readOnly = true)
    public ModeratedResult result(long meetingId, long caseId) {
        AgendaItem item = item(meetingId, caseId);
        AssessmentView a = assessment(caseId);
        MatrixFramework framework = assessments.framework(a);
        Map<String, Integer> levels = new HashMap<>(a.levels());
        List<Moderation> changed = moderations.findByAgendaItemIdOrderByDomainCode(item.getId());
        changed.forEach(m -> levels.put(m.getDomainCode(), m.getModeratedLevel()));
        List<ModeratedResult.Change> changes = changed.stream().map(m -> new ModeratedResult.Change(m.getDomainCode(),
                framework.domain(m.getDomainCode()).map(Domain::name).orElse(m.getDomainCode()), m.getOriginalLevel(),
                m.getModeratedLevel(), m.getNote(), m.getModeratedBy(), displayName(m.getModeratedBy()), m.getModeratedAt()))
                .toList();
        return new ModeratedResult(assessments.score(a),
                ScoringEngine.score(framework, assessments.banding(a), a.settingCategory(), levels), changes);
    }

    /**
     * Sets a domain's moderated level. Setting it back to the school's level removes the change.
     * Refused when the meeting is not in session, the person is not taking part, the agenda case
     * changed since {@code expectedVersion}, or the domain, level or note is wrong.
     */
    public void moderate(long meetingId, long caseId, long expectedVersion, String domainCode, Integer level,
            String note, SignedInUser user) {
        PanelMeeting m = meetings.findSharedLocked(meetingId)
                .orElseThrow(() -> new NotFound("panels.notFound.meeting", meetingId));
        m.requireInSession("panels.refused.action.moderateLevelsAt");
        AgendaItem item = item(meetingId, caseId);
        if (item.getVersion() != expectedVersion) {
            throw new Conflict("panels.conflict.meeting");
        }
        participation.requireTakingPart(m, item, user, "panels.refused.action.moderateLevels");
        if (cases.summary(caseId).orElseThrow().state() != uk.openband.casework.CaseState.AT_PANEL) {
            throw Refused.state("status", "panels.refused.notAtPanel");
        }
        AssessmentView a = assessment(caseId);
        Domain domain = assessments.framework(a).domain(domainCode == null ? "" : domainCode).orElseThrow(() ->
                new Refused("domain", "panels.refused.domainMissing"));
        String text = note == null ? "" : note.strip();
        List<Refused.Problem> problems = new java.util.ArrayList<>();
        if (level == null || domain.level(level).isEmpty()) {
            problems.add(new Refused.Problem("level", "panels.refused.levelRange", domain.maxLevel(), domain.name(),
                    domain.minLevel()));
        }
        if (text.isEmpty()) {
            problems.add(new Refused.Problem("note", "panels.refused.noteMissing"));
        } else if (text.length() > MAX_NOTE) {
            problems.add(new Refused.Problem("note", "panels.refused.noteTooLong", MAX_NOTE));
        } else {
            Text.check(problems, "note", text, 0);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        int school = Optional.ofNullable(a.answer(domain.code())).map(Answer::level).orElse(domain.minLevel());
        Optional<Moderation> existing = moderations.findByAgendaItemIdAndDomainCode(item.getId(), domain.code());
        Integer from = existing.map(Moderation::getModeratedLevel).orElse(null);
        if (level == school) {
            existing.ifPresent(moderations::delete);
        } else {
            Moderation mod = existing.orElseGet(() -> new Moderation(item.getId(), domain.code(), school));
            mod.change(level, text, user.getUsername(), clock.instant());
            moderations.save(mod);
        }
        item.touched(clock.instant());
        try {
            items.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new Conflict("panels.conflict.meeting");
        }
        events.publishEvent(new PanelEvents.LevelModerated(meetingId, caseId, domain.code(), school, from, level,
                user.getUsername()));
    }

    private String displayName(String username) {
        return users.findByUsername(username).map(UserView::displayName).orElse(username);
    }

    private AgendaItem item(long meetingId, long caseId) {
        return items.findByMeetingIdAndCaseId(meetingId, caseId)
                .orElseThrow(() -> new NotFound("panels.notFound.meeting", meetingId));
    }
}
