package uk.openband.assessment.internal;

import uk.openband.platform.web.Refusals;
import uk.openband.platform.Refused;
import uk.openband.platform.NotFound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentConflictException;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.CaseStatusLookup;
import uk.openband.assessment.Purpose;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.PupilSummary;
import uk.openband.framework.scoring.Area;
import uk.openband.framework.scoring.Domain;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.pupils.PupilAccess;

/**
 * The SENCO's matrix assessment: a task list of areas, one page per area with a level and
 * evidence per domain, the details page, check your answers and submission. Every page shows
 * the indicative result computed by the scoring engine. An assessment outside the caller's
 * setting is "not found", whatever its id.
 */
@Controller
class AssessmentPagesController {

    private final AssessmentManagement assessments;
    private final PupilRegistry pupils;
    private final MessageSource messages;
    private final CaseStatusLookup cases;

    AssessmentPagesController(AssessmentManagement assessments, PupilRegistry pupils, MessageSource messages,
            CaseStatusLookup cases) {
        this.assessments = assessments;
        this.pupils = pupils;
        this.messages = messages;
        this.cases = cases;
    }

    @GetMapping("/pupils/{pupilId}/assessments")
    String forPupil(@PathVariable long pupilId, @AuthenticationPrincipal SignedInUser user, Model model) {
        PupilScope scope = PupilAccess.scope(user);
        PupilSummary pupil = pupils.summary(scope, pupilId).orElseThrow(() -> new NotFound("assessment.notFound.assessment", pupilId));
        model.addAttribute("pupil", pupil);
        model.addAttribute("assessments", assessments.forPupil(scope, pupilId));
        model.addAttribute("canStart", user.role() == uk.openband.identity.Role.SENCO);
        return "assessment/list";
    }

    @PostMapping("/pupils/{pupilId}/assessments")
    String start(@PathVariable long pupilId, @RequestParam Purpose purpose, @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            AssessmentView started = assessments.start(PupilAccess.scope(user), pupilId, purpose, user.getUsername());
            return "redirect:/assessments/" + started.id();
        } catch (Refused e) {
            redirect.addFlashAttribute("problem", Refusals.message(e, messages, locale));
            return "redirect:/pupils/" + pupilId + "/assessments";
        }
    }

    @GetMapping("/assessments/{id}")
    String overview(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AssessmentView a = assessments.get(PupilAccess.scope(user), id);
        common(a, user, model);
        if (!a.editable() || user.role() != uk.openband.identity.Role.SENCO) {
            return "assessment/summary";
        }
        MatrixFramework framework = assessments.framework(a);
        List<TaskRow> tasks = new ArrayList<>();
        for (Area area : framework.areas()) {
            long answered = area.domains().stream().filter(d -> a.answer(d.code()) != null).count();
            tasks.add(new TaskRow(area.code(), area.name(), answered == 0 ? "notStarted"
                    : answered == area.domains().size() ? "completed" : "inProgress", answered, area.domains().size()));
        }
        model.addAttribute("tasks", tasks);
        model.addAttribute("detailsDone", a.consulted() && a.requestedStartDate() != null);
        return "assessment/tasks";
    }

    /** One row of the task list. */
    public record TaskRow(String code, String name, String status, long answered, int total) {
    }

    /** Its reads (assessment, pupil, case status) in one read-only transaction: one commit for the page. */
    @GetMapping("/assessments/{id}/areas/{area}")
    @Transactional(readOnly = true)
    String area(@PathVariable long id, @PathVariable String area, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        AssessmentView a = editable(user, id);
        Area chosen = areaOf(a, area);
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (Domain d : chosen.domains()) {
            Answer answer = a.answer(d.code());
            levels.put(d.code(), answer == null ? null : Integer.toString(answer.level()));
            evidence.put(d.code(), answer == null || answer.evidence() == null ? "" : answer.evidence());
        }
        return showArea(a, chosen, levels, evidence, levels, ErrorSummary.empty(), null, user, model);
    }

    @PostMapping("/assessments/{id}/areas/{area}")
    String saveArea(@PathVariable long id, @PathVariable String area, @RequestParam long version,
            @RequestParam(defaultValue = "continue") String action, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        AssessmentView a = editable(user, id);
        Area chosen = areaOf(a, area);
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, String> was = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>();
        List<ErrorSummary.Entry> errors = new ArrayList<>();
        for (Domain d : chosen.domains()) {
            String level = form.get(d.code());
            String text = form.getOrDefault(d.code() + "-evidence", "").replace("\r\n", "\n");
            levels.put(d.code(), level);
            evidence.put(d.code(), text);
            was.put(d.code(), form.get("was-" + d.code()));
            if (level != null && !level.isBlank()) {
                try {
                    answers.add(new Answer(d.code(), Integer.parseInt(level), text.isBlank() ? null : text));
                } catch (NumberFormatException e) {
                    errors.add(new ErrorSummary.Entry("#" + d.code(), messages.getMessage("assessment.error.level",
                            new Object[] {d.name(), d.maxLevel(), d.minLevel()}, locale)));
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                assessments.saveAnswers(PupilAccess.scope(user), id, version, answers, List.of(), user.getUsername());
                return "save".equals(action) ? "redirect:/assessments/" + id : "redirect:" + next(a, chosen);
            } catch (Refused e) {
                errors.addAll(Refusals.summary(e, messages, locale, field -> field).entries());
            } catch (AssessmentConflictException e) {
                return showArea(e.current(), chosen, levels, evidence, was, ErrorSummary.empty(),
                        conflict(e.current(), chosen, was, locale), user, model);
            } catch (OptimisticLockingFailureException e) {
                AssessmentView current = assessments.get(PupilAccess.scope(user), id);
                return showArea(current, chosen, levels, evidence, was, ErrorSummary.empty(),
                        conflict(current, chosen, was, locale), user, model);
            }
        }
        return showArea(a, chosen, levels, evidence, was, new ErrorSummary(errors), null, user, model);
    }

    @GetMapping("/assessments/{id}/check")
    String check(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AssessmentView a = editable(user, id);
        common(a, user, model);
        model.addAttribute("errorSummary", ErrorSummary.empty());
        return "assessment/check";
    }

    @PostMapping("/assessments/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, Locale locale) {
        PupilScope scope = PupilAccess.scope(user);
        AssessmentView a = assessments.get(scope, id);
        if (!a.editable()) {
            return "redirect:/assessments/" + id + "/submitted";
        }
        try {
            assessments.submit(scope, id, version, user.getUsername());
            return "redirect:/assessments/" + id + "/submitted";
        } catch (Refused e) {
            common(a, user, model);
            model.addAttribute("errorSummary", new ErrorSummary(e.problems().stream()
                    .map(p -> new ErrorSummary.Entry(problemLink(a, p.field()), messages.getMessage(p, locale))).toList()));
            return "assessment/check";
        } catch (AssessmentConflictException | OptimisticLockingFailureException e) {
            AssessmentView current = assessments.get(scope, id);
            if (!current.editable()) {
                return "redirect:/assessments/" + id + "/submitted";
            }
            common(current, user, model);
            model.addAttribute("errorSummary", ErrorSummary.empty());
            model.addAttribute("conflict", messages.getMessage("assessment.conflict.check",
                    new Object[] {current.updatedBy()}, Locale.UK));
            return "assessment/check";
        }
    }

    @GetMapping("/assessments/{id}/submitted")
    String submitted(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AssessmentView a = assessments.get(PupilAccess.scope(user), id);
        if (a.editable()) {
            return "redirect:/assessments/" + id;
        }
        common(a, user, model);
        return "assessment/submitted";
    }

    private String showArea(AssessmentView a, Area area, Map<String, String> levels, Map<String, String> evidence,
            Map<String, String> was, ErrorSummary errors, List<String> conflict, SignedInUser user, Model model) {
        common(a, user, model);
        model.addAttribute("area", area);
        model.addAttribute("levels", levels);
        model.addAttribute("evidence", evidence);
        model.addAttribute("was", was);
        model.addAttribute("errorSummary", errors);
        Map<String, String> errorMessages = new LinkedHashMap<>();
        errors.entries().forEach(e -> errorMessages.putIfAbsent(e.href().substring(1), e.message()));
        model.addAttribute("errorFields", List.copyOf(errorMessages.keySet()));
        model.addAttribute("errorMessages", errorMessages);
        model.addAttribute("conflict", conflict);
        model.addAttribute("maxEvidence", AssessmentManagement.MAX_EVIDENCE);
        return "assessment/area";
    }

    /** What someone else changed on this page since the person opened it, one sentence per domain. */
    private List<String> conflict(AssessmentView current, Area area, Map<String, String> was, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("assessment.conflict.intro", new Object[] {current.updatedBy()}, locale));
        for (Domain d : area.domains()) {
            Answer now = current.answer(d.code());
            String before = was.get(d.code());
            String after = now == null ? null : Integer.toString(now.level());
            if (!java.util.Objects.equals(blankToNull(before), after)) {
                lines.add(messages.getMessage("assessment.conflict.domain", new Object[] {d.name(),
                        before == null || before.isBlank() ? "-" : before, after == null ? "-" : after}, locale));
            }
        }
        return lines;
    }

    void common(AssessmentView a, SignedInUser user, Model model) {
        MatrixFramework framework = assessments.framework(a);
        ScoreResult score = assessments.score(a);
        model.addAttribute("assessment", a);
        model.addAttribute("framework", framework);
        model.addAttribute("score", score);
        model.addAttribute("pupil", pupils.summary(PupilAccess.scope(user), a.pupilId()).orElseThrow());
        model.addAttribute("profileSvg", ProfileChart.svg(score.areas(),
                messages.getMessage("assessment.profile.title", null, Locale.UK),
                messages.getMessage("assessment.profile.desc", null, Locale.UK)));
        model.addAttribute("provisionTotal", a.provisionCostPerWeek());
        model.addAttribute("caseStatus", cases.forAssessment(a.id()).orElse(null));
    }

    AssessmentView editable(SignedInUser user, long id) {
        AssessmentView a = assessments.get(PupilAccess.scope(user), id);
        if (!a.editable() || user.role() != uk.openband.identity.Role.SENCO) {
            throw new NotFound("assessment.notFound.assessment", id);
        }
        return a;
    }

    private Area areaOf(AssessmentView a, String code) {
        return assessments.framework(a).areas().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("assessment.notFound.assessment", a.id()));
    }

    private String next(AssessmentView a, Area current) {
        List<Area> areas = assessments.framework(a).areas();
        int i = areas.indexOf(current);
        return i + 1 < areas.size() ? "/assessments/" + a.id() + "/areas/" + areas.get(i + 1).code()
                : "/assessments/" + a.id() + "/details";
    }

    /** A problem's link: the domain's radios (or its evidence) on its area page, or a field on the details page. */
    private String problemLink(AssessmentView a, String field) {
        String domainCode = field.endsWith("-evidence") ? field.substring(0, field.length() - "-evidence".length()) : field;
        MatrixFramework framework = assessments.framework(a);
        for (Area area : framework.areas()) {
            if (area.domains().stream().anyMatch(d -> d.code().equals(domainCode))) {
                return "/assessments/" + a.id() + "/areas/" + area.code() + "#" + field;
            }
        }
        return "/assessments/" + a.id() + "/details#" + (field.equals("requestedStartDate") ? "requestedStartDate-day" : field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
