package uk.openband.framework.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.framework.internal.BandingKind;
import uk.openband.framework.internal.FrameworkKind;
import uk.openband.framework.internal.VersionKind;
import uk.openband.framework.scoring.AreaScore;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.framework.scoring.ScoringEngine;
import uk.openband.framework.scoring.ScoringException;
import uk.openband.framework.scoring.VersionedDocument;
import uk.openband.common.SettingCategory;
import uk.openband.platform.Excerpt;
import uk.openband.platform.Refused;
import uk.openband.platform.web.TypeWords;

/** Scores a set of domain levels against a published framework and banding table. Public: nothing is stored. */
@RestController
@Tag(name = "Scoring")
class ScoreApiController {

    /** A framework or banding table version. */
    public record VersionRef(String key, String version) {
    }

    /** What to score. */
    public record ScoreRequest(
            @Schema(description = "The framework version") VersionRef framework,
            @Schema(description = "The banding table version") VersionRef banding,
            @Schema(example = "MAINSTREAM") String settingCategory,
            @Schema(description = "Domain code to level; domains left out count as their lowest level",
                    example = "{\"CL1\": 3, \"CL2\": 4, \"CI1\": 2}") Map<String, Object> levels) {
    }

    /** How one area scored. */
    public record AreaResult(String code, String name, BigDecimal rawPoints, BigDecimal weight, BigDecimal weighted,
            BigDecimal cap, boolean capped, boolean fundable, BigDecimal score) {
    }

    /** The result, with a trace line per area and one for the band. Amounts are strings at two decimal places. */
    public record ScoreResponse(VersionRef framework, VersionRef banding, String settingCategory, BigDecimal total,
            String band, boolean topUp, String annualAmount, String termlyAmount, boolean exceptional,
            @Schema(description = "Set when a domain answered at an exceptional level made the result exceptional")
            String exceptionalLevel, List<AreaResult> areas, List<String> trace) {
    }

    private final FrameworkKind frameworks;
    private final BandingKind bandings;

    ScoreApiController(FrameworkKind frameworks, BandingKind bandings) {
        this.frameworks = frameworks;
        this.bandings = bandings;
    }

    @PostMapping(path = "/api/v1/scores", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score domain levels against a published framework and banding table",
            description = "Public; nothing is stored. Domains left out count as their lowest level. An unknown framework, "
                    + "version, setting category, domain or level is a 400 problem+json naming the field.")
    @ApiResponse(responseCode = "200", description = "The score, band, amount and trace")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; errors[] names each",
            content = @Content(mediaType = "application/problem+json"))
    ScoreResponse score(@RequestBody ScoreRequest request) {
        List<Refused.Problem> problems = new ArrayList<>();
        MatrixFramework framework = version(frameworks, request.framework(), "framework", problems);
        BandingTable banding = version(bandings, request.banding(), "banding", problems);
        SettingCategory category = category(request.settingCategory(), problems);
        Map<String, Integer> levels = levels(request.levels(), problems);
        if (framework != null && banding != null && !banding.appliesTo(framework)) {
            problems.add(new Refused.Problem("banding.version", "framework.refused.score.bandingNotFor", banding.key(),
                    banding.version(), framework.key(), framework.version()));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        try {
            ScoreResult result = ScoringEngine.score(framework, banding, category, levels);
            return response(request, category, result);
        } catch (ScoringException e) {
            throw new Refused(List.of(new Refused.Problem(Excerpt.of(e.field(), Excerpt.ARGUMENT_LENGTH),
                    e.problem().messageKey(), e.problem().args())));
        }
    }

    /** A published or retired version the request names; else null and a problem on its key or version. */
    private static <T extends VersionedDocument> T version(VersionKind<T, ?> kind, VersionRef ref, String name,
            List<Refused.Problem> problems) {
        if (!complete(ref, name, problems)) {
            return null;
        }
        Optional<T> found = kind.content(ref.key(), ref.version());
        if (found.isEmpty()) {
            problems.add(kind.keyExists(ref.key())
                    ? new Refused.Problem(name + ".version", "framework.refused.score.noVersion", kind.noun(),
                            Excerpt.of(ref.key()), Excerpt.of(ref.version()))
                    : new Refused.Problem(name + ".key", "framework.refused.score.unknown", kind.noun(),
                            Excerpt.of(ref.key())));
        }
        return found.orElse(null);
    }

    private static boolean complete(VersionRef ref, String name, List<Refused.Problem> problems) {
        if (ref == null) {
            problems.add(new Refused.Problem(name, "framework.refused.score.refMissing", name));
            return false;
        }
        boolean ok = true;
        if (ref.key() == null || ref.key().isBlank()) {
            problems.add(new Refused.Problem(name + ".key", "platform.refused.parameterMissing", name + ".key"));
            ok = false;
        }
        if (ref.version() == null || ref.version().isBlank()) {
            problems.add(new Refused.Problem(name + ".version", "platform.refused.parameterMissing", name + ".version"));
            ok = false;
        }
        return ok;
    }

    private static SettingCategory category(String value, List<Refused.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Refused.Problem("settingCategory", "platform.refused.parameterMissing", "settingCategory"));
            return null;
        }
        try {
            return SettingCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new Refused.Problem("settingCategory", "platform.refused.json.type", "settingCategory",
                    TypeWords.of(SettingCategory.class)));
            return null;
        }
    }

    private static Map<String, Integer> levels(Map<String, Object> levels, List<Refused.Problem> problems) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (levels == null) {
            return out;
        }
        levels.forEach((code, value) -> {
            if (value instanceof Integer i) {
                out.put(code, i);
            } else {
                problems.add(new Refused.Problem("levels." + Excerpt.of(code), "platform.refused.json.type",
                        "levels." + Excerpt.of(code), Refused.text("platform.type.whole")));
            }
        });
        return out;
    }

    private static ScoreResponse response(ScoreRequest request, SettingCategory category, ScoreResult r) {
        List<AreaResult> areas = r.areas().stream().map(ScoreApiController::area).toList();
        return new ScoreResponse(request.framework(), request.banding(), category.name(), r.total(), r.band(),
                r.topUp(), r.annualAmount() == null ? null : r.annualAmount().toPlainString(),
                r.termlyAmount() == null ? null : r.termlyAmount().toPlainString(), r.exceptional(), r.exceptionalLevel(), areas,
                r.trace());
    }

    private static AreaResult area(AreaScore a) {
        return new AreaResult(a.code(), a.name(), a.rawPoints(), a.weight(), a.weighted(), a.cap(), a.capped(),
                a.fundable(), a.score());
    }
}
