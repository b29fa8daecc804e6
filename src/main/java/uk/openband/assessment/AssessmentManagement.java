package uk.openband.assessment;

import uk.openband.platform.Refused.Problem;
import uk.openband.platform.Text;
import uk.openband.platform.Refused;
import uk.openband.platform.NotFound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.internal.Assessment;
import uk.openband.assessment.internal.AssessmentRepository;
import uk.openband.assessment.internal.AssessmentViews;
import uk.openband.assessment.internal.SubmittedAnswers;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.PupilSummary;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.framework.scoring.ScoringEngine;

/**
 * Manages matrix assessments: start one for a pupil against the framework and tariff in force,
 * save answers a page at a time, score it, and send it to the local authority. Every method
 * takes the caller's {@link PupilScope}: an assessment outside it does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentManagement {

    public static final int MAX_EVIDENCE = 4000;
    public static final int MAX_SUPPORT_TYPE = 200;
    /** The most costed provision lines one assessment holds. */
    public static final int MAX_PROVISION_LINES = 50;
    /** The most domains one save may answer or clear (a framework has far fewer). */
    public static final int MAX_ANSWERS = 200;
    static final BigDecimal MAX_HOURS_PER_WEEK = new BigDecimal("168");
    static final BigDecimal MAX_COST_PER_WEEK = new BigDecimal("999999.99");

    private final AssessmentRepository assessments;
    private final PupilRegistry pupils;
    private final SettingDirectory settings;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SubmittedAnswers submittedAnswers;

    AssessmentManagement(AssessmentRepository assessments, PupilRegistry pupils, SettingDirectory settings,
            FrameworkCatalogue catalogue, ApplicationEventPublisher events, Clock clock,
            SubmittedAnswers submittedAnswers) {
        this.submittedAnswers = submittedAnswers;
        this.assessments = assessments;
        this.pupils = pupils;
        this.settings = settings;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** Starts an assessment of a pupil with the framework in force today and its tariff, both pinned. */
    @Transactional
    public AssessmentView start(PupilScope scope, long pupilId, Purpose purpose, String by) {
        PupilSummary pupil = pupils.summary(scope, pupilId).orElseThrow(() -> new NotFound("assessment.notFound.assessment", pupilId));
        LocalDate today = LocalDate.now(clock);
        MatrixFramework framework = catalogue.frameworkInForce(today).orElseThrow(() -> new Refused("framework",
                "assessment.refused.noFramework"));
        BandingTable banding = catalogue.bandingInForce(framework, today).orElseThrow(() -> new Refused("banding",
                "assessment.refused.noBanding"));
        SettingSummary setting = settings.find(pupil.settingId()).orElseThrow();
        if (banding.bandsFor(setting.category()).isEmpty()) {
            throw new Refused("settingCategory", "assessment.refused.noBandsForCategory",
                    setting.category().labelInSentence());
        }
        Assessment saved = assessments.saveAndFlush(new Assessment(pupilId, pupil.settingId(), setting.category(), purpose,
                framework.key(), framework.version(), banding.key(), banding.version(), clock.instant(), by));
        events.publishEvent(new AssessmentEvents.Started(saved.getId(), pupilId, purpose,
                framework.key() + " " + framework.version()));
        return AssessmentViews.of(saved);
    }

    public Optional<AssessmentView> find(PupilScope scope, long id) {
        return assessments.findById(id).filter(a -> scope.includes(a.getSettingId())).map(AssessmentViews::of);
    }

    public AssessmentView get(PupilScope scope, long id) {
        return find(scope, id).orElseThrow(() -> new NotFound("assessment.notFound.assessment", id));
    }

    public List<AssessmentView> forPupil(PupilScope scope, long pupilId) {
        return assessments.findByPupilIdOrderByCreatedAtDesc(pupilId).stream()
                .filter(a -> scope.includes(a.getSettingId())).map(AssessmentViews::of).toList();
    }

    /** The framework version the assessment is pinned to. */
    public MatrixFramework framework(AssessmentView a) {
        return catalogue.framework(a.frameworkKey(), a.frameworkVersion()).orElseThrow();
    }

    public BandingTable banding(AssessmentView a) {
        return catalogue.banding(a.bandingKey(), a.bandingVersion()).orElseThrow();
    }

    /** The profile of needs as an accessible SVG radar chart (server-drawn, no inline style). */
    public String profileSvg(ScoreResult score, String title, String description) {
        return uk.openband.assessment.internal.ProfileChart.svg(score.areas(), title, description);
    }

    /** The indicative result of the levels chosen so far (unanswered domains count as their lowest level). */
    public ScoreResult score(AssessmentView a) {
        return ScoringEngine.score(framework(a), banding(a), a.settingCategory(), a.levels());
    }

    /**
     * Saves the answers of one page (one area). A level of null clears that domain's answer.
     * Throws {@link AssessmentConflictException} (a {@link uk.openband.platform.Conflict}) when someone else saved after {@code expectedVersion}.
     */
    @Transactional
    public AssessmentView saveAnswers(PupilScope scope, long id, long expectedVersion, List<Answer> answers,
            List<String> clearedDomains, String by) {
        if (answers.size() + clearedDomains.size() > MAX_ANSWERS) {
            throw new Refused("levels", "assessment.refused.tooManyAnswers", MAX_ANSWERS);
        }
        Assessment a = load(scope, id, expectedVersion);
        MatrixFramework framework = framework(AssessmentViews.of(a));
        List<Problem> problems = new ArrayList<>();
        for (Answer answer : answers) {
            Optional<Domain> domain = framework.domain(answer.domainCode());
            if (domain.isEmpty()) {
                problems.add(new Problem(answer.domainCode(), "assessment.refused.noSuchDomain", answer.domainCode()));
            } else if (domain.get().level(answer.level()).isEmpty()) {
                problems.add(new Problem(answer.domainCode(), "assessment.refused.levelRange",
                        domain.get().maxLevel(), domain.get().name(), domain.get().minLevel()));
            } else if (answer.evidence() != null && answer.evidence().length() > MAX_EVIDENCE) {
                problems.add(new Problem(answer.domainCode() + "-evidence", "assessment.refused.evidenceTooLong",
                        domain.get().name(), MAX_EVIDENCE));
            } else if (Text.hasControlCharacters(answer.evidence())) {
                problems.add(new Problem(answer.domainCode() + "-evidence", "assessment.refused.evidenceNullCharacter",
                        domain.get().name()));
            }
        }
        for (String cleared : clearedDomains) {
            if (framework.domain(cleared).isEmpty()) {
                problems.add(new Problem(cleared, "assessment.refused.noSuchDomain", cleared));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Map<String, Object> changes = new HashMap<>();
        for (Answer answer : answers) {
            a.answer(answer.domainCode(), answer.level(), answer.evidence(), clock.instant(), by);
            changes.put(answer.domainCode(), answer.level());
        }
        for (String cleared : clearedDomains) {
            a.answer(cleared, null, null, clock.instant(), by);
            changes.put(cleared, "cleared");
        }
        assessments.saveAndFlush(a);
        events.publishEvent(new AssessmentEvents.Saved(id, "levels", changes));
        return AssessmentViews.of(a);
    }

    /** How far before or after today a requested start date may be: two years either way. */
    public static final int START_WINDOW_YEARS = 2;

    /**
     * Saves the declaration, the requested start date (within {@link #START_WINDOW_YEARS} of today) and the
     * costed provision summary.
     */
    @Transactional
    public AssessmentView saveDetails(PupilScope scope, long id, long expectedVersion, boolean consulted,
            LocalDate requestedStartDate, List<ProvisionLine> provision, String by) {
        Assessment a = load(scope, id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (requestedStartDate != null && (requestedStartDate.isBefore(today.minusYears(START_WINDOW_YEARS))
                || requestedStartDate.isAfter(today.plusYears(START_WINDOW_YEARS)))) {
            problems.add(new Problem("requestedStartDate", "assessment.refused.startDateOutOfRange",
                    START_WINDOW_YEARS));
        }
        problems.addAll(provisionProblems(provision));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        a.details(consulted, requestedStartDate, provision.stream()
                .map(p -> AssessmentViews.provisionValue(new ProvisionLine(p.supportType().strip(),
                        p.hoursPerWeek().setScale(2, RoundingMode.HALF_UP), p.costPerWeek().setScale(2, RoundingMode.HALF_UP))))
                .toList(), clock.instant(), by);
        assessments.saveAndFlush(a);
        events.publishEvent(new AssessmentEvents.Saved(id, "details", Map.of("consulted", consulted,
                "provisionLines", provision.size())));
        return AssessmentViews.of(a);
    }

    /** What must be put right before the assessment can be sent, in page order; empty when it is ready. */
    public List<Problem> problemsBeforeSubmit(AssessmentView a) {
        MatrixFramework framework = framework(a);
        List<Problem> problems = new ArrayList<>();
        for (Area area : framework.areas()) {
            for (Domain domain : area.domains()) {
                Answer answer = a.answer(domain.code());
                if (answer == null) {
                    problems.add(new Problem(domain.code(), "assessment.refused.levelMissing", domain.name()));
                } else if (framework.evidenceRequiredAt(answer.level()) && answer.evidence() == null) {
                    problems.add(new Problem(domain.code() + "-evidence", "assessment.refused.evidenceMissing", domain.name(),
                            answer.level()));
                }
            }
        }
        if (a.requestedStartDate() == null) {
            problems.add(new Problem("requestedStartDate", "assessment.refused.startDateMissing"));
        }
        if (!a.consulted()) {
            problems.add(new Problem("consulted", "assessment.refused.notConsulted"));
        }
        return problems;
    }

    /**
     * Sends the assessment to the local authority. Sending one that is already sent returns it
     * unchanged, so a second click or a resent form never makes a second request.
     */
    @Transactional
    public AssessmentView submit(PupilScope scope, long id, long expectedVersion, String by) {
        Assessment current = assessments.findById(id).filter(x -> scope.includes(x.getSettingId()))
                .orElseThrow(() -> new NotFound("assessment.notFound.assessment", id));
        if (current.getState() == AssessmentState.SUBMITTED) {
            return AssessmentViews.of(current);
        }
        Assessment a = load(scope, id, expectedVersion);
        AssessmentView view = AssessmentViews.of(a);
        List<Problem> problems = problemsBeforeSubmit(view);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        ScoreResult score = score(view);
        String reference = a.getReference() != null ? a.getReference()
                : String.format("OB-%d-%06d", LocalDate.now(clock).getYear(),
                        assessments.nextReferenceNumber());
        a.submit(reference, score, clock.instant(), by);
        assessments.saveAndFlush(a);
        submittedAnswers.record(AssessmentViews.of(a));
        events.publishEvent(new AssessmentEvents.Submitted(a.getId(), a.getReference(), a.getPupilId(),
                a.getSettingId(), a.getPurpose(), score.total(), score.band(), score.annualAmount(), score.exceptional(),
                a.getFrameworkKey(), a.getFrameworkVersion(), a.getBandingKey(), a.getBandingVersion(),
                a.getRequestedStartDate(), a.getSubmittedAt(), by));
        return AssessmentViews.of(a);
    }

    /**
     * What the school changed when it sent the assessment again (after a request for more
     * information), domain by domain; empty when it has been sent only once.
     */
    public List<AnswerChange> changesAtLastSending(AssessmentView a) {
        return submittedAnswers.changesAtLastSending(a.id(), framework(a));
    }

    /** The local authority returns a submitted assessment for more information; it becomes editable. */
    @Transactional
    public AssessmentView returnForInformation(long id, String by) {
        Assessment a = assessments.findById(id).orElseThrow(() -> new NotFound("assessment.notFound.assessment", id));
        a.returnForInformation(clock.instant(), by);
        assessments.saveAndFlush(a);
        return AssessmentViews.of(a);
    }

    private Assessment load(PupilScope scope, long id, long expectedVersion) {
        Assessment a = assessments.findById(id).filter(x -> scope.includes(x.getSettingId()))
                .orElseThrow(() -> new NotFound("assessment.notFound.assessment", id));
        if (a.getVersion() != expectedVersion) {
            throw new AssessmentConflictException(AssessmentViews.of(a));
        }
        if (!a.getState().editable()) {
            throw Refused.state("state", "assessment.refused.submitted");
        }
        return a;
    }

    /**
     * The costed provision lines' problems, each named {@code provision[i].<field>}: a type of
     * support (up to {@value #MAX_SUPPORT_TYPE} characters), hours from 0 to 168 and a cost from
     * 0 to 999,999.99, both with at most two decimal places; no more than {@value #MAX_PROVISION_LINES} lines,
     * and no control characters. The database would refuse the rest.
     */
    static List<Problem> provisionProblems(List<ProvisionLine> provision) {
        List<Problem> problems = new ArrayList<>();
        if (provision.size() > MAX_PROVISION_LINES) {
            problems.add(new Problem("provision", "assessment.refused.tooManyProvisionLines", MAX_PROVISION_LINES));
            return problems;
        }
        for (int i = 0; i < provision.size(); i++) {
            ProvisionLine line = provision.get(i);
            String at = "provision[" + i + "].";
            if (line == null) {
                problems.add(new Problem("provision[" + i + "]", "assessment.refused.provisionLineMissing"));
                continue;
            }
            if (line.supportType() == null || line.supportType().isBlank()) {
                problems.add(new Problem(at + "supportType", "assessment.refused.supportTypeMissing"));
            } else if (line.supportType().length() > MAX_SUPPORT_TYPE) {
                problems.add(new Problem(at + "supportType", "assessment.refused.supportTypeTooLong", MAX_SUPPORT_TYPE));
            } else {
                Text.check(problems, at + "supportType", line.supportType(), 0);
            }
            BigDecimal hours = line.hoursPerWeek();
            if (hours == null) {
                problems.add(new Problem(at + "hoursPerWeek", "assessment.refused.hoursMissing"));
            } else if (hours.signum() < 0 || hours.compareTo(MAX_HOURS_PER_WEEK) > 0 || hours.stripTrailingZeros().scale() > 2) {
                problems.add(new Problem(at + "hoursPerWeek", "assessment.refused.hoursRange"));
            }
            BigDecimal cost = line.costPerWeek();
            if (cost == null) {
                problems.add(new Problem(at + "costPerWeek", "assessment.refused.costMissing"));
            } else if (cost.signum() < 0 || cost.compareTo(MAX_COST_PER_WEEK) > 0 || cost.stripTrailingZeros().scale() > 2) {
                problems.add(new Problem(at + "costPerWeek", "assessment.refused.costRange"));
            }
        }
        return problems;
    }


}
