package uk.openband.finance.internal;

import uk.openband.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.finance.ExportBatch;
import uk.openband.finance.ExportKind;
import uk.openband.finance.BatchDownloads;
import uk.openband.finance.ExportBatches;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.Refused;

/** Finance export batches for finance systems: make one, read it, download its files as issued. */
@RestController
@RequestMapping(path = "/api/v1/exports")
@Tag(name = "Finance exports", description = "Export batches of payment lines for a month, a term or a financial "
        + "year, with a control total and SHA-256 checksums. Finance officers make them; admins read them.")
class ExportApiController {

    /** How long a POST waits for the batch to be issued before answering 202 with the batch still running. */
    static final Duration WAIT = Duration.ofSeconds(60);

    @Schema(description = "period: a month (2026-05), a term (2026-AUTUMN, SPRING or SUMMER of the academic year "
            + "starting that September) or a financial year (FY2026 = 1 April 2026 to 31 March 2027). kind: FULL "
            + "(every payment line due in the period) or CHANGES (lines due up to the period's end that differ from "
            + "everything issued before). confirmRepeat: true to make a FULL batch although lines due in the period "
            + "were issued before (they are paid again).")
    record Create(@Schema(example = "2026-05") String period, @Schema(example = "CHANGES") String kind,
            Boolean confirmRepeat) {
    }

    record Period(String kind, String code, String label, LocalDate from, LocalDate to) {
    }

    record Files(String csv, String xlsx) {
    }

    @Schema(description = "A batch. lineCount, controlTotal, checksums and sizes are set once status is ISSUED; "
            + "controlTotal is the sum of the Amount column in pounds (a string, two decimals).")
    record Batch(long id, String reference, Period period, String kind, String status, long rowsDone, Long rowsTotal,
            Long lineCount, String controlTotal, String csvSha256, String xlsxSha256, Long csvBytes, Long xlsxBytes,
            String previousBatch, String repeatOf, String failure, String createdBy, Instant createdAt,
            Instant issuedAt, Files files) {

        static Batch of(ExportBatch b) {
            return new Batch(b.id(), b.reference(), new Period(b.periodKind(), b.periodCode(), b.periodLabel(),
                    b.periodFrom(), b.periodTo()), b.kind().name(), b.status().name(), b.rowsDone(), b.rowsTotal(),
                    b.lineCount(), b.controlTotal() == null ? null : b.controlTotal().toPlainString(), b.csvSha256(),
                    b.xlsxSha256(), b.csvBytes(), b.xlsxBytes(), b.previousReference(), b.repeatOfReference(),
                    b.failure(), b.createdBy(), b.createdAt(), b.issuedAt(), b.isIssued()
                            ? new Files("/api/v1/exports/" + b.id() + ".csv", "/api/v1/exports/" + b.id() + ".xlsx")
                            : null);
        }
    }

    private final ExportBatches exports;
    private final BatchDownloads downloads;

    ExportApiController(ExportBatches exports, BatchDownloads downloads) {
        this.exports = exports;
        this.downloads = downloads;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a batch", description = "Takes the rows and writes both files. Answers 201 with the "
            + "issued batch (control total and checksums) when that takes under 60 seconds, otherwise 202 with the "
            + "batch still RUNNING: read it again at its Location until status is ISSUED (or FAILED). One batch is "
            + "made at a time.")
    @ApiResponse(responseCode = "400", description = "the period or kind is not recognised",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "lines due in the period were issued before (send confirmRepeat), "
            + "another batch is being made, or cost codes are missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Batch> create(@RequestBody Create body, @AuthenticationPrincipal SignedInUser user) {
        if (body.period() == null || body.period().isBlank()) {
            throw new Refused("period", "export.refused.api.period");
        }
        ExportKind kind;
        try {
            kind = ExportKind.valueOf(String.valueOf(body.kind()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused("kind", "export.refused.api.kind");
        }
        ExportBatch started = exports.start(body.period().trim(), kind, Boolean.TRUE.equals(body.confirmRepeat()),
                user.getUsername());
        ExportBatch batch = exports.await(started.id(), WAIT).orElseThrow();
        URI location = URI.create("/api/v1/exports/" + batch.id());
        return ResponseEntity.status(batch.isRunning() ? HttpStatus.ACCEPTED : HttpStatus.CREATED).location(location)
                .body(Batch.of(batch));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every batch, newest first")
    List<Batch> list() {
        return exports.list().stream().map(Batch::of).toList();
    }

    @GetMapping(path = "/{id:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A batch", description = "With progress (rowsDone of rowsTotal) while it is RUNNING.")
    @ApiResponse(responseCode = "404", description = "no such batch", content = @Content(mediaType = "application/problem+json"))
    Batch read(@PathVariable long id) {
        return Batch.of(exports.find(id).orElseThrow(() -> notFound(id)));
    }

    @GetMapping("/{id:\\d+}.csv")
    @Operation(summary = "The batch's CSV file as issued", description = "UTF-8, RFC 4180; its SHA-256 is csvSha256 "
            + "(also in the X-Checksum-SHA256 header).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "no such issued batch",
            content = @Content(mediaType = "application/problem+json"))
    void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
        download(id, "csv", response);
    }

    @GetMapping("/{id:\\d+}.xlsx")
    @Operation(summary = "The batch's Excel file as issued", description = "Its SHA-256 is xlsxSha256.")
    @ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @ApiResponse(responseCode = "404", description = "no such issued batch",
            content = @Content(mediaType = "application/problem+json"))
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        download(id, "xlsx", response);
    }

    private void download(long id, String format, HttpServletResponse response) throws IOException {
        try {
            ExportPagesController.download(id, format, response, exports, downloads);
        } catch (NotFound e) {
            throw notFound(id);
        }
    }

    private static NotFound notFound(long id) {
        return new NotFound("finance.notFound.batch", id);
    }
}
