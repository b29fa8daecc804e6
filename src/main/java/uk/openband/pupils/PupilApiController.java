package uk.openband.pupils;

import uk.openband.platform.NotFound;
import uk.openband.platform.Refused.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.PupilPage;
import uk.openband.directory.PupilQuery;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilRejectedException;
import uk.openband.directory.PupilScope;
import uk.openband.directory.Sex;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.Refused;
import uk.openband.platform.web.input.DateInput;

/** The pupil API: the same rules as the pages. A pupil outside the caller's scope is 404. */
@RestController
@RequestMapping("/api/v1/pupils")
@Tag(name = "Pupils", description = "Search, read and register pupils. A SENCO sees only their own setting's pupils.")
class PupilApiController {

    @Schema(description = "A pupil to register. Dates are ISO (YYYY-MM-DD); codes as in the reference lists.")
    record NewPupil(
            @Schema(example = "P207000016049", description = "13 characters; a temporary UPN ends in a letter") String upn,
            @Schema(example = "Amelia") String firstName,
            @Schema(example = "Jones") String lastName,
            @Schema(example = "Millie", nullable = true) String preferredName,
            @Schema(example = "2016-03-27") String dateOfBirth,
            @Schema(allowableValues = {"F", "M", "U"}) String sex,
            @Schema(example = "WBRI", description = "DfE ethnicity code") String ethnicity,
            @Schema(example = "SLCN", description = "SEN2 type of need code") String primaryNeed,
            @Schema(example = "ASD", nullable = true) String secondaryNeed,
            @Schema(allowableValues = {"NONE", "REQUESTED", "IN_ASSESSMENT", "PLAN_ISSUED"}) String ehcStatus,
            @Schema(example = "2025-09-01", nullable = true, description = "required unless ehcStatus is NONE") String ehcStatusDate,
            @Schema(description = "the setting's id; a SENCO may leave it out (their own setting)", nullable = true) Long settingId) {
    }

    record Coded(String code, String description) {
    }

    record PupilJson(long id, String upn, boolean temporaryUpn, String firstName, String lastName, String preferredName,
            LocalDate dateOfBirth, String sex, Coded ethnicity, Coded primaryNeed, Coded secondaryNeed, String ehcStatus,
            LocalDate ehcStatusDate, long settingId, String settingName, long version) {

        static PupilJson of(PupilDetails p) {
            return new PupilJson(p.id(), p.upn(), p.temporaryUpn(), p.firstName(), p.lastName(), p.preferredName(),
                    p.dateOfBirth(), p.sex().name(), new Coded(p.ethnicity().code(), p.ethnicity().description()),
                    new Coded(p.primaryNeed().code(), p.primaryNeed().description()),
                    p.secondaryNeed() == null ? null : new Coded(p.secondaryNeed().code(), p.secondaryNeed().description()),
                    p.ehcStatus().name(), p.ehcStatusDate(), p.settingId(), p.settingName(), p.version());
        }
    }

    record PupilListItem(long id, String upn, boolean temporaryUpn, String firstName, String lastName,
            String preferredName, LocalDate dateOfBirth, long settingId, String settingName) {
    }

    record PupilList(List<PupilListItem> pupils, int page, int totalPages, long total) {
    }

    private final PupilRegistry pupils;

    PupilApiController(PupilRegistry pupils) {
        this.pupils = pupils;
    }

    @GetMapping
    @Operation(summary = "Search pupils by name or UPN, optionally at one setting; 20 a page",
            description = "A SENCO's search covers only their own setting; the setting parameter is then ignored.")
    PupilList search(@Parameter(description = "words matched against names and UPN") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "a setting id") @RequestParam(name = "setting", required = false) Long setting,
            @Parameter(description = "page, from 1") @RequestParam(name = "page", defaultValue = "1") int page,
            @AuthenticationPrincipal SignedInUser user) {
        if (page < 1) {
            throw new Refused("page", "pupils.refused.api.page");
        }
        PupilScope scope = PupilAccess.scope(user);
        PupilPage found = pupils.search(scope, new PupilQuery(q, scope.isAllSettings() ? setting : null), page);
        return new PupilList(found.pupils().stream().map(p -> new PupilListItem(p.id(), p.upn(), p.temporaryUpn(),
                p.firstName(), p.lastName(), p.preferredName(), p.dateOfBirth(), p.settingId(), p.settingName()))
                .toList(), found.page(), found.totalPages(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pupil's record (the read is audited)")
    @ApiResponse(responseCode = "404", description = "no such pupil, or not one the caller may see")
    PupilJson get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return pupils.view(PupilAccess.scope(user), id).map(PupilJson::of)
                .orElseThrow(() -> new NotFound("pupils.notFound.pupil", id));
    }

    @PostMapping
    @Operation(summary = "Register a pupil",
            description = "400 with problem+json naming each bad field; 409 when the UPN is already registered.")
    @ApiResponse(responseCode = "201", description = "registered; Location is the pupil's address")
    ResponseEntity<PupilJson> register(@RequestBody NewPupil body, @AuthenticationPrincipal SignedInUser user) {
        PupilScope scope = PupilAccess.scope(user);
        List<Problem> problems = new ArrayList<>();
        Sex sex = parse(problems, "sex", body.sex(), Sex.class, "pupilImport.value.sex");
        EhcStatus ehc = parse(problems, "ehcStatus", body.ehcStatus(), EhcStatus.class, "pupilImport.value.ehcStatus");
        LocalDate dob = date(problems, "dateOfBirth", body.dateOfBirth());
        LocalDate ehcDate = date(problems, "ehcStatusDate", body.ehcStatusDate());
        Long settingId = body.settingId() == null && !scope.isAllSettings() ? scope.settingId() : body.settingId();
        PupilData data = new PupilData(body.upn(), body.firstName(), body.lastName(), body.preferredName(), dob, sex,
                body.ethnicity(), body.primaryNeed(), body.secondaryNeed(), ehc, ehcDate, settingId);
        try {
            if (!problems.isEmpty()) {
                pupils.checkOnly(scope, data, null);
                throw new Refused(problems);
            }
            PupilDetails added = pupils.register(scope, data);
            return ResponseEntity.created(URI.create("/api/v1/pupils/" + added.id())).body(PupilJson.of(added));
        } catch (PupilRejectedException e) {
            for (Problem p : e.problems()) {
                if (problems.stream().noneMatch(f -> f.field().equals(p.field()))) {
                    problems.add(p);
                }
            }
            boolean taken = e.problems().stream().anyMatch(p -> p.messageKey().startsWith("pupil.upn.taken"));
            throw new Refused(problems, taken && problems.size() == 1);
        }
    }

    private static <E extends Enum<E>> E parse(List<Problem> problems, String field, String value, Class<E> type,
            String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, code));
            return null;
        }
    }

    /** A date as {@code 2016-02-03}, read by the input kit's date rules. */
    private static LocalDate date(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        DateInput input = DateInput.iso(value);
        LocalDate date = input == null ? null : input.toDate();
        if (date == null) {
            problems.add(new Problem(field, "pupilImport.value.date"));
        }
        return date;
    }
}
