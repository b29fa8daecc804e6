package uk.openband.agreements.internal.awards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.agreements.internal.awards.AwardPlan.Count;
import uk.openband.agreements.internal.awards.AwardPlan.ImportOptions;
import uk.openband.directory.RejectedRow;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.Refused;
import uk.openband.platform.web.input.DateInput;

/**
 * The awards import by API: the file (CSV or XLSX) is the request body. With {@code dryRun=true} it answers the
 * preview and saves nothing; without, it imports (201) or, for a file or rows imported before, changes nothing
 * (200). A file with problems is 400 with {@code errors}, each naming its {@code line} and {@code column}.
 */
@RestController
@RequestMapping("/api/v1/imports/awards")
@Tag(name = "Awards import", description = "Bring in the awards the council made before OpenBand. Admins and "
        + "finance officers only.")
class AwardImportApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record Preview(String sha256, int rows, int toImport, int alreadyImported, List<String> alreadyImportedReferences,
            int newPupils, BigDecimal totalAnnualCost, BigDecimal paymentLinesTotal, BigDecimal arrearsTotal,
            int legacy, String tariff, LocalDate paymentsFrom, boolean arrears, Map<String, CountJson> bySetting,
            Map<String, CountJson> byBand, Map<String, CountJson> byRoute, boolean changesNothing,
            String previousImport) {
    }

    record CountJson(int awards, BigDecimal annualCost) {
    }

    record Result(String reference, int imported, int alreadyImported, int newPupils, BigDecimal totalAnnualCost,
            boolean changedNothing) {
    }

    private final AwardImport awardImport;
    private final MessageSource messages;
    private final Clock clock;

    AwardImportApiController(AwardImport awardImport, MessageSource messages, Clock clock) {
        this.awardImport = awardImport;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check (dryRun=true) or import a file of existing awards",
            description = "The body is the file: CSV (text/csv) or XLSX. Columns as in the going-live guide. "
                    + "paymentsFrom (default today) is the first day OpenBand pays; arrears=true pays the days "
                    + "before it as arrears. Nothing is saved unless every row is right.")
    @ApiResponse(responseCode = "200", description = "the preview (dryRun), or nothing changed: the file or every "
            + "row of it was imported before")
    @ApiResponse(responseCode = "201", description = "imported: the import's reference and counts")
    @ApiResponse(responseCode = "400", description = "the file has problems: errors[{line, column, message}]",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> upload(@RequestBody byte[] body,
            @Parameter(description = "true: check and preview only") @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String paymentsFrom,
            @RequestParam(defaultValue = "false") boolean arrears,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            @AuthenticationPrincipal SignedInUser user, Locale locale) {
        LocalDate from = LocalDate.now(clock);
        if (paymentsFrom != null && !paymentsFrom.isBlank()) {
            DateInput typed = DateInput.iso(paymentsFrom);
            from = typed == null ? null : typed.toDate();
            if (from == null) {
                throw new Refused("paymentsFrom", "awardImport.api.paymentsFrom");
            }
        }
        ImportOptions options = new ImportOptions(from, arrears);
        if (dryRun) {
            AwardPlan plan = awardImport.plan(body, fileName, options, locale);
            if (!plan.valid()) {
                return problems(plan, locale);
            }
            return ResponseEntity.ok(preview(plan));
        }
        try {
            AwardImport.Imported done = awardImport.importFile(body, fileName, options, user.getUsername(), locale);
            Result result = new Result(done.reference(), done.imported(), done.alreadyImported(), done.newPupils(),
                    done.annualCost(), done.changedNothing());
            return ResponseEntity.status(done.changedNothing() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
        } catch (AwardImport.AwardFileRefused e) {
            return problems(e.plan(), locale);
        }
    }

    private ResponseEntity<ProblemDetail> problems(AwardPlan plan, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, plan.fileProblem() != null
                ? plan.fileProblem() : messages.getMessage("awardImport.api.invalid", null, locale));
        p.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        List<Map<String, Object>> errors = plan.fileProblem() != null
                ? List.of(error(null, null, plan.fileProblem()))
                : plan.problems().stream().map(r -> error(r.line(), r.column(), r.reason())).toList();
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static Map<String, Object> error(Integer line, String column, String message) {
        Map<String, Object> e = new HashMap<>();
        e.put("line", line);
        e.put("column", column);
        e.put("message", message);
        return e;
    }

    private static Preview preview(AwardPlan plan) {
        boolean previous = plan.previousImport() != null;
        return new Preview(plan.sha256(), plan.rows(), plan.awards().size(), previous ? plan.rows()
                : plan.alreadyImported().size(), plan.alreadyImported(), plan.newPupils().size(),
                plan.totals().annualCost(), plan.totals().lines(), plan.totals().arrears(), plan.totals().legacy(),
                plan.tariff() == null ? null : plan.tariff().name() + " " + plan.tariff().version(),
                plan.options().paymentsFrom(), plan.options().arrears(), counts(plan.totals().bySetting()),
                counts(plan.totals().byBand()), counts(plan.totals().byRoute()), plan.changesNothing(),
                previous ? plan.previousImport().reference() : null);
    }

    private static Map<String, CountJson> counts(List<Count> counts) {
        Map<String, CountJson> map = new java.util.LinkedHashMap<>();
        counts.forEach(c -> map.put(c.label(), new CountJson(c.awards(), c.annualCost())));
        return map;
    }
}
