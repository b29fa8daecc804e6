package uk.openband.casework.internal.api;

import uk.openband.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseFilter;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseSort;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.identity.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseSummary;
import uk.openband.casework.internal.BlindModerationGuard;
import uk.openband.platform.Refused;
import uk.openband.platform.web.TypeWords;
import uk.openband.platform.web.input.DateCheck;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.InputMessages;
import uk.openband.platform.web.input.MoneyInput;

/**
 * Funding request cases for case management systems, with the same rules as the officer pages:
 * every action carries the version read (409 when the case changed since, or when its state does
 * not allow the action), every bad field is named (400), and an unknown case is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Funding request cases: the queue, a case in full, and each workflow action. "
        + "Case officers and SEND managers act; admins read.")
class CaseApiController {

    record VersionOnly(@Schema(description = "the version you read") Long version) {
    }

    record Assign(Long version, @Schema(description = "username of a case officer or SEND manager; "
            + "you when left out", nullable = true) String officer) {
    }

    record Message(Long version, @Schema(example = "Please send the educational psychologist's report") String message) {
    }

    record Reason(Long version, String reason) {
    }

    @Schema(description = "A decision. outcome: AGREE_INDICATED, AGREE_DIFFERENT, DECLINE or EXCEPTIONAL; band for "
            + "AGREE_DIFFERENT; annualAmount for EXCEPTIONAL; startPolicy SUBMISSION, DECISION or CHOSEN (the "
            + "configured default when left out) with startDate for CHOSEN; endTerms (1 to 12) or funding ends at "
            + "the review date; overrideReason when the band differs from the indicated one.")
    record Decide(Long version, String outcome, String band, @Schema(example = "20000.00") String annualAmount,
            String startPolicy, @Schema(example = "2027-01-04") String startDate, Integer endTerms,
            @Schema(example = "2027-12-01") String reviewDate, List<String> reasonCodes, String writtenReason,
            String overrideReason) {
    }

    private final CaseQueries queries;
    private final CaseWorkflow workflow;
    private final CaseDecisions decisions;
    private final BlindModerationGuard blind;
    private final InputMessages inputs;

    CaseApiController(CaseQueries queries, CaseWorkflow workflow, CaseDecisions decisions, BlindModerationGuard blind,
            InputMessages inputs) {
        this.blind = blind;
        this.inputs = inputs;
        this.queries = queries;
        this.workflow = workflow;
        this.decisions = decisions;
    }

    @GetMapping
    @Operation(summary = "The officer queue", description = "25 cases a page, oldest first unless sort=NEWEST or "
            + "sort=DUE_DATE (soonest due first); officer=- for unassigned cases; overdue=true for cases past the due "
            + "date of the stage they are in. counts gives the number in each state with the other filters applied.")
    @ApiResponse(responseCode = "400", description = "a filter is not recognised",
            content = @Content(mediaType = "application/problem+json"))
    CaseJson.Page queue(@RequestParam(required = false) String state, @RequestParam(required = false) Long setting,
            @RequestParam(required = false) String need, @RequestParam(required = false) String officer,
            @RequestParam(required = false) String band, @RequestParam(required = false) String sort,
            @Parameter(description = "true for overdue cases only") @RequestParam(defaultValue = "false")
            boolean overdue,
            @Parameter(description = "from 1") @RequestParam(defaultValue = "1") int page) {
        CaseFilter filter = new CaseFilter(parse(CaseState.class, "state", state), setting, blank(need),
                blank(officer), blank(band), overdue);
        return CaseJson.page(queries.queue(filter, parse(CaseSort.class, "sort", sort), page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case in full", description = "State, indication, decision (with reasons and dates), "
            + "every decision recorded, and the timeline from the audit log.")
    @ApiResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "you have started a blind moderation re-score of this case "
            + "and not saved it", content = @Content(mediaType = "application/problem+json"))
    CaseJson.Detail read(@PathVariable long id) {
        CaseDetail c = queries.detail(id).orElseThrow(() -> notFound(id));
        keepBlind(c.summary());
        return CaseJson.detail(c);
    }

    /** Refuses a moderator part-way through a blind re-score of this case (403, problem+json). */
    private void keepBlind(CaseSummary c) {
        blind.check(c.id(), c.reference(), SecurityContextHolder.getContext().getAuthentication().getName());
    }

    @PostMapping(path = "/{id}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign the case", description = "From SUBMITTED, or reassign during IN_TRIAGE.")
    @ApiResponse(responseCode = "409", description = "the case changed, or its state does not allow this",
            content = @Content(mediaType = "application/problem+json"))
    CaseJson.Detail assign(@PathVariable long id, @RequestBody Assign body, @AuthenticationPrincipal SignedInUser user) {
        long version = version(body.version());
        return act(id, () -> workflow.assign(id, version, body.officer() == null ? user.getUsername() : body.officer()));
    }

    @PostMapping(path = "/{id}/return-for-information", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return the request to the school", description = "IN_TRIAGE to INFO_REQUESTED; the SENCO "
            + "reads the message and the assessment can be changed and sent again.")
    CaseJson.Detail returnForInformation(@PathVariable long id, @RequestBody Message body,
            @AuthenticationPrincipal SignedInUser user) {
        long version = version(body.version());
        return act(id, () -> workflow.returnForInformation(id, version, body.message(), user.getUsername()));
    }

    @PostMapping(path = "/{id}/decide-delegated", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide under delegation", description = "IN_TRIAGE to DECIDED, agreeing the indicated band "
            + "when its annual amount is at or below the delegated threshold; otherwise 409. A decision that pays "
            + "makes its funding agreement at once and the case is then FUNDED.")
    CaseJson.Detail decideDelegated(@PathVariable long id, @RequestBody Decide body,
            @AuthenticationPrincipal SignedInUser user) {
        long version = version(body.version());
        DecisionRequest request = request(body, true);
        return act(id, () -> decisions.decideUnderDelegation(id, version, request, user.getUsername()));
    }

    @PostMapping(path = "/{id}/list-for-panel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List for a panel", description = "IN_TRIAGE to AT_PANEL.")
    CaseJson.Detail listForPanel(@PathVariable long id, @RequestBody VersionOnly body) {
        long version = version(body.version());
        return act(id, () -> workflow.listForPanel(id, version));
    }

    @PostMapping(path = "/{id}/decide", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a panel decision", description = "AT_PANEL to DECIDED (FUNDED once its funding "
            + "agreement is made, straight away unless declined), or to AWAITING_APPROVAL for "
            + "an override that moves more than one band or adds more than the configured amount.")
    CaseJson.Detail decide(@PathVariable long id, @RequestBody Decide body, @AuthenticationPrincipal SignedInUser user) {
        long version = version(body.version());
        DecisionRequest request = request(body, false);
        return act(id, () -> decisions.decide(id, version, request, user.getUsername()));
    }

    @PostMapping(path = "/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve an override", description = "SEND managers other than the person who recorded it; "
            + "AWAITING_APPROVAL to DECIDED (then FUNDED unless declined).")
    CaseJson.Detail approve(@PathVariable long id, @RequestBody VersionOnly body,
            @AuthenticationPrincipal SignedInUser user) {
        long version = version(body.version());
        return act(id, () -> decisions.approve(id, version, user.getUsername(), user.role()));
    }

    @PostMapping(path = "/{id}/refuse-approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refuse an override", description = "SEND managers other than the recorder; the case goes "
            + "back to AT_PANEL.")
    CaseJson.Detail refuse(@PathVariable long id, @RequestBody Reason body, @AuthenticationPrincipal SignedInUser user) {
        long version = version(body.version());
        return act(id, () -> decisions.refuse(id, version, user.getUsername(), user.role(), body.reason()));
    }

    @PostMapping(path = "/{id}/dispute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Dispute a decision", description = "The SENCO of the pupil's setting, within the dispute "
            + "window (openband.casework.dispute-window-days, default 28 calendar days after the decision): DECIDED "
            + "or FUNDED to DISPUTED, with the school's written reasons. The case then joins the agenda of the next planned panel "
            + "meeting by itself (state AT_PANEL); with none planned it stays DISPUTED and joins the next meeting "
            + "planned. Answers the case's reference, state and version only.")
    @ApiResponse(responseCode = "404", description = "no such case, or not your setting's",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the case changed, is not decided, or the window has ended",
            content = @Content(mediaType = "application/problem+json"))
    Disputed dispute(@PathVariable long id, @RequestBody Reason body, @AuthenticationPrincipal SignedInUser user) {
        long version = version(body.version());
        workflow.dispute(id, version, body.reason(), user);
        uk.openband.casework.CaseDetail d = queries.detail(id).orElseThrow(() -> notFound(id));
        return new Disputed(id, d.summary().reference(), d.state().name(), d.version());
    }

    /** What a SENCO is told after disputing: no more than they already know. */
    public record Disputed(long id, String reference, String state, long version) {
    }

    @PostMapping(path = "/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw the case", description = "Any open state to WITHDRAWN; a reason is required.")
    CaseJson.Detail withdraw(@PathVariable long id, @RequestBody Reason body) {
        long version = version(body.version());
        return act(id, () -> workflow.withdraw(id, version, body.reason()));
    }

    private CaseJson.Detail act(long id, Runnable action) {
        queries.summary(id).ifPresent(this::keepBlind);
        action.run();
        return read(id);
    }

    /**
     * The decision as sent, read by the pages' rules: dates ({@code 2027-01-04}) as the case page reads its date
     * boxes, the amount by the input kit's money rules, each with the pages' messages.
     */
    private DecisionRequest request(Decide body, boolean delegated) {
        List<Refused.Problem> problems = new ArrayList<>();
        DecisionOutcome outcome = body.outcome() == null && delegated ? DecisionOutcome.AGREE_INDICATED
                : parseField(DecisionOutcome.class, "outcome", body.outcome(), problems);
        StartPolicy policy = parseField(StartPolicy.class, "startPolicy", body.startPolicy(), problems);
        LocalDate start = date("startDate", "case.startDate", body.startDate(), problems);
        LocalDate review = date("reviewDate", "case.reviewDate", body.reviewDate(), problems);
        MoneyInput.Check amount = MoneyInput.check(body.annualAmount(), MoneyInput.Rules.AMOUNT.optional());
        if (!amount.ok()) {
            problems.add(new Refused.Problem("annualAmount", "platform.refused.field",
                    inputs.money("case.annualAmount", amount.problem(), MoneyInput.MAX)));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new DecisionRequest(outcome, blank(body.band()), amount.amount(), policy, start, body.endTerms(), review,
                body.reasonCodes(), body.writtenReason(), body.overrideReason());
    }

    private LocalDate date(String field, String prefix, String value, List<Refused.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        DateInput input = DateInput.iso(value);
        if (input == null) {
            problems.add(new Refused.Problem(field, "platform.refused.json.type", field,
                    Refused.text("platform.type.date")));
            return null;
        }
        DateCheck check = input.check();
        if (!check.ok()) {
            problems.add(new Refused.Problem(field, "platform.refused.field", inputs.date(prefix, check)));
            return null;
        }
        return check.date();
    }

    private static <E extends Enum<E>> E parseField(Class<E> type, String field, String value,
            List<Refused.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Refused.Problem(field, "platform.refused.json.type", field, TypeWords.of(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        List<Refused.Problem> problems = new ArrayList<>();
        E parsed = parseField(type, field, value, problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return parsed;
    }

    private static long version(Long version) {
        if (version == null) {
            throw new Refused("version", "platform.refused.version");
        }
        return version;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static NotFound notFound(long id) {
        return new NotFound("casework.notFound.case", id);
    }
}
