package uk.openband.framework.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.internal.VersionComparer;
import uk.openband.platform.web.ApiProblemException;
import uk.openband.platform.web.ApiProblemException.FieldProblem;

/** What changed between two versions of a framework or a banding table. */
@RestController
@Tag(name = "Version comparison")
class DiffApiController {

    private final FrameworkCatalogue catalogue;

    DiffApiController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/api/v1/frameworks/{key}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare two framework versions",
            description = "Added, removed and changed areas, domains, levels, points, descriptors, weights and caps. "
                    + "Published and retired versions for everyone; drafts too for an administrator.")
    @ApiResponse(responseCode = "200", description = "The changes, in document order")
    @ApiResponse(responseCode = "400", description = "from or to is missing or names no version",
            content = @Content(mediaType = "application/problem+json"))
    VersionDiff frameworks(@PathVariable String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user) {
        boolean admin = CatalogueApiSupport.isAdmin(user);
        BiFunction<String, String, Optional<uk.openband.framework.scoring.MatrixFramework>> find = admin
                ? catalogue::frameworkInAnyState : catalogue::framework;
        var a = version("framework", key, "from", from, find);
        var b = version("framework", key, "to", to, find);
        check(a, b);
        return VersionComparer.compare(a.orElseThrow(), b.orElseThrow());
    }

    @GetMapping(path = "/api/v1/banding-tables/{key}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare two banding table versions",
            description = "Added, removed and changed band rows per setting category. Published and retired "
                    + "versions for everyone; drafts too for an administrator.")
    @ApiResponse(responseCode = "200", description = "The changes, in document order")
    @ApiResponse(responseCode = "400", description = "from or to is missing or names no version",
            content = @Content(mediaType = "application/problem+json"))
    VersionDiff bandings(@PathVariable String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user) {
        boolean admin = CatalogueApiSupport.isAdmin(user);
        BiFunction<String, String, Optional<uk.openband.framework.scoring.BandingTable>> find = admin
                ? catalogue::bandingInAnyState : catalogue::banding;
        var a = version("banding table", key, "from", from, find);
        var b = version("banding table", key, "to", to, find);
        check(a, b);
        return VersionComparer.compare(a.orElseThrow(), b.orElseThrow());
    }

    private static <T> Result<T> version(String kind, String key, String param, String version,
            BiFunction<String, String, Optional<T>> find) {
        if (version == null || version.isBlank()) {
            return new Result<>(Optional.empty(), new FieldProblem(param, "is required: the version to compare"));
        }
        Optional<T> found = find.apply(key, version);
        return new Result<>(found, found.isPresent() ? null
                : new FieldProblem(param, kind + " \"" + key + "\" has no published version " + version));
    }

    private static void check(Result<?> a, Result<?> b) {
        List<FieldProblem> errors = new ArrayList<>();
        if (a.problem() != null) {
            errors.add(a.problem());
        }
        if (b.problem() != null) {
            errors.add(b.problem());
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, String.join("; ", errors.stream()
                    .map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
    }

    private record Result<T>(Optional<T> value, FieldProblem problem) {
        T orElseThrow() {
            return value.orElseThrow();
        }
    }
}
