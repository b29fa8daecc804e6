package uk.openband.framework.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.framework.VersionDiff;
import uk.openband.framework.VersionSummary;
import uk.openband.platform.json.FormatException;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.internal.CatalogueVersion;
import uk.openband.framework.internal.VersionKind;
import uk.openband.framework.scoring.VersionedDocument;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;

/**
 * List, import, publish, retire, export and compare versions of matrix frameworks
 * ({@code /api/v1/frameworks}) and banding tables ({@code /api/v1/banding-tables}).
 */
@RestController
@RequestMapping("/api/v1/{kind:frameworks|banding-tables}")
@Tag(name = "Matrix frameworks and banding tables")
class CatalogueApiController {

    static final String YAML = "application/yaml";
    static final String X_YAML = "application/x-yaml";
    static final String TEXT_YAML = "text/yaml";

    /** The administrator's authority (the framework module does not depend on identity's types). */
    static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final CatalogueAdministration admin;

    CatalogueApiController(CatalogueAdministration admin) {
        this.admin = admin;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List framework or banding table versions",
            description = "Published and retired versions for everyone; drafts too for an administrator.")
    List<VersionSummary> list(@PathVariable @Parameter(schema = @Schema(allowableValues = {"frameworks",
            "banding-tables"})) String kind, Authentication user) {
        boolean all = isAdmin(user);
        return admin.kind(kind).versions().stream().filter(v -> all || !v.isDraft()).toList();
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, X_YAML, TEXT_YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a framework or banding table file (JSON or YAML, by Content-Type) as a draft",
            description = "Administrators only. A file that breaks any rule is refused whole: the 400 answer "
                    + "lists every problem with its field path, and nothing is saved.")
    @ApiResponse(responseCode = "201", description = "The draft")
    @ApiResponse(responseCode = "400", description = "The file breaks the format; errors[] lists every problem",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "That version of that framework or table already exists",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<VersionSummary> importFile(@PathVariable String kind, @RequestBody String body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Authentication user) {
        String format = contentType.toLowerCase(Locale.ROOT).contains("yaml") ? "yaml" : "json";
        VersionSummary draft = problems(() -> admin.importFile(admin.kind(kind), body, format, user.getName()));
        return ResponseEntity.created(URI.create("/api/v1/" + kind + "/" + draft.key() + "/" + draft.version()))
                .body(draft);
    }

    @PostMapping(path = "/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish a draft; from then on it never changes",
            description = "A banding table only once the framework versions it names are published.")
    VersionSummary publish(@PathVariable String kind, @PathVariable long id, Authentication user) {
        return problems(() -> admin.publish(admin.kind(kind), id, user.getName()));
    }

    @PostMapping(path = "/{id}/retire", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Retire a published version")
    VersionSummary retire(@PathVariable String kind, @PathVariable long id, Authentication user) {
        return problems(() -> admin.retire(admin.kind(kind), id, user.getName()));
    }

    @GetMapping(path = "/{key}/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export a version in the interchange format",
            description = "Byte-for-byte the same for the same version. Drafts only for administrators.")
    ResponseEntity<byte[]> export(@PathVariable String kind, @PathVariable String key, @PathVariable String version,
            Authentication user) {
        VersionKind<?, ?> k = admin.kind(kind);
        CatalogueVersion found = k.find(key, version).filter(v -> !v.isDraft() || isAdmin(user))
                .orElseThrow(() -> new NotFound("framework.notFound.export", k.noun(), key, version));
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\""
                        + (key + "-" + version).replaceAll("[^A-Za-z0-9._-]", "_") + ".json\"")
                .body(found.getDocument().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/{key}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare two versions",
            description = "For a framework: added, removed and changed areas, domains, levels, points, descriptors, "
                    + "weights and caps; for a banding table: band rows per setting category. Published and retired "
                    + "versions for everyone; drafts too for an administrator.")
    @ApiResponse(responseCode = "200", description = "The changes, in document order")
    @ApiResponse(responseCode = "400", description = "from or to is missing or names no version",
            content = @Content(mediaType = "application/problem+json"))
    VersionDiff diff(@PathVariable String kind, @PathVariable String key, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user) {
        return diff(admin.kind(kind), key, from, to, isAdmin(user));
    }

    private static <T extends VersionedDocument> VersionDiff diff(VersionKind<T, ?> kind, String key, String from,
            String to, boolean admin) {
        BiFunction<String, String, Optional<T>> find = admin ? kind::contentInAnyState : kind::content;
        List<Refused.Problem> errors = new ArrayList<>();
        Optional<T> a = version(kind, key, "from", from, find, errors);
        Optional<T> b = version(kind, key, "to", to, find, errors);
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return kind.compare(a.orElseThrow(), b.orElseThrow());
    }

    private static <T extends VersionedDocument> Optional<T> version(VersionKind<T, ?> kind, String key,
            String param, String version, BiFunction<String, String, Optional<T>> find, List<Refused.Problem> errors) {
        if (version == null || version.isBlank()) {
            errors.add(new Refused.Problem(param, "framework.refused.api.compareVersion", param));
            return Optional.empty();
        }
        Optional<T> found = find.apply(key, version);
        if (found.isEmpty()) {
            errors.add(new Refused.Problem(param, "framework.refused.score.noVersion", kind.noun(), key, version));
        }
        return found;
    }

    /** Runs an action and turns the catalogue's exceptions into problem+json. */
    private static <T> T problems(Supplier<T> action) {
        try {
            return action.get();
        } catch (FormatException e) {
            // The file's own problems, in the reader's words, each on its path in the file.
            List<Refused.Problem> errors = e.errors().stream()
                    .map(err -> new Refused.Problem(err.path().isEmpty() ? "file" : err.path(), "platform.refused.field",
                            err.message())).toList();
            String all = e.errors().stream().map(Object::toString).collect(Collectors.joining("; "));
            throw errors.size() == 1 ? new Refused(errors).withDetail("framework.refused.format.one", all)
                    : new Refused(errors).withDetail("framework.refused.format.many", errors.size(), all);
        }
    }

    private static boolean isAdmin(Authentication user) {
        return user != null && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
    }
}
