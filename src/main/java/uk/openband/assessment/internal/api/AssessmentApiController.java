package uk.openband.assessment.internal.api;

import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentConflictException;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentState;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.CaseStatusLookup;
import uk.openband.assessment.ProvisionLine;
import uk.openband.assessment.Purpose;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.identity.SignedInUser;
import uk.openband.assessment.internal.ProvisionRules;
import uk.openband.platform.web.input.DateCheck;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.InputMessages;
import uk.openband.pupils.PupilAccess;

/**
 * The SENCO's matrix assessment as an API, with the same rules as the pages: an assessment
 * outside the caller's scope does not exist (404), every change carries the version it was
 * read at (409 when someone saved since), and every bad field is named (400).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "A SENCO's matrix assessment of a pupil, from starting it to submitting "
        + "the funding request. A SENCO sees only their own setting's assessments; officers, panel members, SEND "
        + "managers and admins read all of them.")
class AssessmentApiController {

    private static final String START = "requestedStartDate";

    @Schema(description = "The pupil and why the assessment is made")
    record NewAssessment(@Schema(example = "42") Long pupilId,
            @Schema(allowableValues = {"NEW_REQUEST", "ANNUAL_REVIEW"}) String purpose) {
    }

    @Schema(description = "A level (null clears the domain's answer) and the evidence for it")
    record LevelInput(@Schema(example = "3", nullable = true) Integer level,
            @Schema(example = "Reading age 6 years behind; see the educational psychologist's report of May",
                    nullable = true) String evidence) {
    }

    @Schema(description = "The domains to change; domains left out keep their answers")
    record LevelsUpdate(@Schema(description = "the version you read") Long version,
            @Schema(example = "{\"CL1\": {\"level\": 3, \"evidence\": \"...\"}, \"CL2\": {\"level\": 1}}")
            Map<String, LevelInput> levels) {
    }

    record ProvisionInput(@Schema(example = "Teaching assistant support in class") String supportType,
            @Schema(example = "12.50") String hoursPerWeek, @Schema(example = "250.00") String costPerWeek) {
    }

    @Schema(description = "The declaration, the start date and the costed provision; replaces what was saved")
    record DetailsUpdate(Long version,
            @Schema(description = "the parent or young person has been consulted") Boolean consulted,
            @Schema(example = "2027-01-04", nullable = true) String requestedStartDate,
            @Schema(nullable = true) List<ProvisionInput> provision) {
    }

    record SubmitRequest(@Schema(description = "the version you read") Long version) {
    }

    private final AssessmentManagement assessments;
    private final PupilRegistry pupils;
    private final CaseStatusLookup cases;

    private final InputMessages inputMessages;

    AssessmentApiController(AssessmentManagement assessments, PupilRegistry pupils, CaseStatusLookup cases,
            InputMessages inputMessages) {
        this.assessments = assessments;
        this.pupils = pupils;
        this.cases = cases;
        this.inputMessages = inputMessages;
    }

    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start an assessment of a pupil",
            description = "SENCOs only. Pinned to the framework and tariff in force today. 404 for a pupil outside "
                    + "the caller's setting; 409 when no framework or tariff is in force.")
    @ApiResponse(responseCode = "201", description = "started; Location is the assessment's address")
    @ApiResponse(responseCode = "400", description = "pupilId or purpose missing or wrong",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such pupil, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<AssessmentJson> start(@RequestBody NewAssessment body, @AuthenticationPrincipal SignedInUser user) {
        List<Refused.Problem> problems = new ArrayList<>();
        if (body.pupilId() == null) {
            problems.add(new Refused.Problem("pupilId", "assessment.refused.api.pupilId"));
        }
        Purpose purpose = null;
        if (body.purpose() == null || body.purpose().isBlank()) {
            problems.add(new Refused.Problem("purpose", "assessment.refused.api.purposeMissing"));
        } else {
            try {
                purpose = Purpose.valueOf(body.purpose().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Refused.Problem("purpose", "assessment.refused.api.purpose"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        PupilScope scope = PupilAccess.scope(user);
        if (pupils.summary(scope, body.pupilId()).isEmpty()) {
            throw new NotFound("pupils.notFound.pupil", body.pupilId());
        }
        AssessmentView started;
        try {
            started = assessments.start(scope, body.pupilId(), purpose, user.getUsername());
        } catch (Refused e) {
            throw new Refused(e.problems(), true);
        }
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + started.id())).body(json(started));
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "One assessment: answers, state, pinned versions, version and the indicative score")
    @ApiResponse(responseCode = "404", description = "no such assessment, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    AssessmentJson get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return json(assessments.get(PupilAccess.scope(user), id));
    }

    @PutMapping(path = "/assessments/{id}/levels", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose levels and write evidence for some domains",
            description = "SENCOs only. A level of null clears the domain. 400 names each bad field "
                    + "(levels.CL9 for an unknown domain, levels.CL1.level, levels.CL1.evidence); 409 when the "
                    + "version is stale, naming who changed it, or when the assessment has been submitted.")
    @ApiResponse(responseCode = "200", description = "saved; the assessment with its new version and score")
    @ApiResponse(responseCode = "400", description = "a field is missing or wrong; errors[] names each",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "someone saved after the version you sent, or it was submitted",
            content = @Content(mediaType = "application/problem+json"))
    AssessmentJson saveLevels(@PathVariable long id, @RequestBody LevelsUpdate body,
            @AuthenticationPrincipal SignedInUser user) {
        PupilScope scope = PupilAccess.scope(user);
        AssessmentView current = assessments.get(scope, id);
        List<Refused.Problem> problems = new ArrayList<>();
        requireVersion(body.version(), problems);
        if (body.levels() == null || body.levels().isEmpty()) {
            problems.add(new Refused.Problem("levels", "assessment.refused.api.levels"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        List<Answer> answers = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        body.levels().forEach((code, input) -> {
            if (input == null || input.level() == null) {
                cleared.add(code);
            } else {
                answers.add(new Answer(code, input.level(), input.evidence()));
            }
        });
        MatrixFramework framework = assessments.framework(current);
        try {
            return json(assessments.saveAnswers(scope, id, body.version(), answers, cleared, user.getUsername()));
        } catch (Refused e) {
            throw rejected(e, framework, false);
        } catch (OptimisticLockingFailureException e) {
            throw new AssessmentConflictException(assessments.get(scope, id));
        }
    }

    @PutMapping(path = "/assessments/{id}/details", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the declaration, the requested start date and the costed provision summary",
            description = "SENCOs only. Replaces the saved details. Money and hours are strings with up to two "
                    + "decimal places (\"250.00\"); hours from 0 to 168.")
    @ApiResponse(responseCode = "200", description = "saved; the assessment with its new version")
    @ApiResponse(responseCode = "400", description = "a field is missing or wrong; errors[] names each",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "someone saved after the version you sent, or it was submitted",
            content = @Content(mediaType = "application/problem+json"))
    AssessmentJson saveDetails(@PathVariable long id, @RequestBody DetailsUpdate body,
            @AuthenticationPrincipal SignedInUser user) {
        PupilScope scope = PupilAccess.scope(user);
        assessments.get(scope, id);
        List<Refused.Problem> problems = new ArrayList<>();
        requireVersion(body.version(), problems);
        LocalDate start = startDate(body.requestedStartDate(), problems);
        List<ProvisionLine> provision = new ArrayList<>();
        List<ProvisionInput> lines = body.provision() == null ? List.of() : body.provision();
        for (int i = 0; i < lines.size(); i++) {
            ProvisionInput line = lines.get(i);
            String field = "provision[" + i + "]";
            if (line == null) {
                problems.add(new Refused.Problem(field, "assessment.refused.provisionLineMissing"));
                continue;
            }
            if (line.supportType() == null || line.supportType().isBlank()) {
                problems.add(new Refused.Problem(field + ".supportType", ProvisionRules.SUPPORT_TYPE, i + 1));
            } else if (line.supportType().length() > ProvisionRules.SUPPORT_TYPE_MAX) {
                problems.add(new Refused.Problem(field + ".supportType", ProvisionRules.SUPPORT_TYPE_LONG, i + 1));
            }
            BigDecimal hours = ProvisionRules.hours(line.hoursPerWeek());
            if (hours == null) {
                problems.add(new Refused.Problem(field + ".hoursPerWeek", ProvisionRules.HOURS, i + 1));
            }
            BigDecimal cost = ProvisionRules.cost(line.costPerWeek());
            if (cost == null) {
                problems.add(new Refused.Problem(field + ".costPerWeek", ProvisionRules.COST, i + 1));
            }
            provision.add(new ProvisionLine(line.supportType() == null ? null : line.supportType().trim(), hours, cost));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        try {
            return json(assessments.saveDetails(scope, id, body.version(), Boolean.TRUE.equals(body.consulted()), start,
                    provision, user.getUsername()));
        } catch (Refused e) {
            throw rejected(e, null, false);
        } catch (OptimisticLockingFailureException e) {
            throw new AssessmentConflictException(assessments.get(scope, id));
        }
    }

    @PostMapping(path = "/assessments/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send the assessment to the local authority as a funding request",
            description = "SENCOs only. 400 lists every missing domain, evidence, declaration and start date. On "
                    + "success the assessment has its reference (OB-<year>-<6 digits>) and fundingCase its case. "
                    + "Submitting an assessment that is already submitted returns it unchanged: never a second case.")
    @ApiResponse(responseCode = "200", description = "submitted (or already submitted)")
    @ApiResponse(responseCode = "400", description = "not ready; errors[] names everything to put right",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "someone saved after the version you sent",
            content = @Content(mediaType = "application/problem+json"))
    AssessmentJson submit(@PathVariable long id, @RequestBody SubmitRequest body,
            @AuthenticationPrincipal SignedInUser user) {
        PupilScope scope = PupilAccess.scope(user);
        AssessmentView current = assessments.get(scope, id);
        List<Refused.Problem> problems = new ArrayList<>();
        requireVersion(body.version(), problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        MatrixFramework framework = assessments.framework(current);
        try {
            return json(assessments.submit(scope, id, body.version(), user.getUsername()));
        } catch (Refused e) {
            throw rejected(e, framework, true);
        } catch (OptimisticLockingFailureException e) {
            // Someone submitted (or saved) at the same moment: a submission that won is this one's answer too.
            AssessmentView now = assessments.get(scope, id);
            if (now.state() == AssessmentState.SUBMITTED) {
                return json(now);
            }
            throw new AssessmentConflictException(now);
        }
    }

    @GetMapping("/pupils/{id}/assessments")
    @Operation(summary = "A pupil's assessments, newest first")
    @ApiResponse(responseCode = "404", description = "no such pupil, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    List<AssessmentJson.Item> forPupil(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        PupilScope scope = PupilAccess.scope(user);
        if (pupils.summary(scope, id).isEmpty()) {
            throw new NotFound("pupils.notFound.pupil", id);
        }
        return assessments.forPupil(scope, id).stream().map(AssessmentJson.Item::of).toList();
    }

    @ExceptionHandler(AssessmentConflictException.class)
    ProblemDetail conflict(AssessmentConflictException e) {
        AssessmentView now = e.current();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()
                + ". Nothing you sent was saved: read it again and repeat your change.");
        p.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        p.setProperty("changedBy", now.updatedBy());
        p.setProperty("changedAt", now.updatedAt().toString());
        p.setProperty("currentVersion", now.version());
        p.setProperty("current", json(now));
        return p;
    }

    private AssessmentJson json(AssessmentView a) {
        return AssessmentJson.of(a, assessments.framework(a), assessments.score(a),
                cases.forAssessment(a.id()).orElse(null));
    }

    private static void requireVersion(Long version, List<Refused.Problem> problems) {
        if (version == null) {
            problems.add(new Refused.Problem("version", "platform.refused.version"));
        }
    }

    /**
     * The requested start date, {@code 2027-01-04}, read as the details page reads its date boxes (a real date, a
     * 4-digit year from 2000 to 2100), with the page's messages; null when blank or wrong.
     */
    private LocalDate startDate(String text, List<Refused.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        DateInput input = DateInput.iso(text);
        if (input == null) {
            problems.add(new Refused.Problem(START, "platform.refused.json.type", START, Refused.text("platform.type.date")));
            return null;
        }
        DateCheck check = input.check();
        if (!check.ok()) {
            problems.add(new Refused.Problem(START, "platform.refused.field", inputMessages.date("assessment.start", check)));
            return null;
        }
        if (check.date().getYear() < 2000 || check.date().getYear() > 2100) {
            problems.add(new Refused.Problem(START, "assessment.start.year"));
            return null;
        }
        return check.date();
    }

    /**
     * A rule the service enforces, with the fields named as in the request body: 409 when the assessment's
     * state forbids it, else 400.
     */
    private static Refused rejected(Refused e, MatrixFramework framework, boolean submitting) {
        boolean state = e.isState() || e.problems().stream().anyMatch(p -> p.field().equals("state"));
        return new Refused(fields(e.problems(), framework, submitting), state);
    }

    /**
     * The service names fields as the pages do (CL1, CL1-evidence); the API names them by their
     * place in the request body (levels.CL1.level, levels.CL1.evidence), and a domain that does not
     * exist as levels.CL9. A domain named on its own is a missing answer when submitting, and a
     * level the domain does not have when saving.
     */
    static List<Refused.Problem> fields(List<Refused.Problem> problems, MatrixFramework framework, boolean submitting) {
        return problems.stream().map(p -> new Refused.Problem(apiField(p.field(), framework, submitting), p.messageKey(),
                p.args())).toList();
    }

    private static String apiField(String field, MatrixFramework framework, boolean submitting) {
        if (framework == null || field.startsWith("provision[") || List.of("state", "consulted", "requestedStartDate",
                "framework", "banding", "settingCategory").contains(field)) {
            return field;
        }
        if (field.endsWith("-evidence")) {
            return "levels." + field.substring(0, field.length() - "-evidence".length()) + ".evidence";
        }
        if (submitting || framework.domain(field).isEmpty()) {
            return "levels." + field;
        }
        return "levels." + field + ".level";
    }
}
