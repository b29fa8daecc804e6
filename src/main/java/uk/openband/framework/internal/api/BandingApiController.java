package uk.openband.framework.internal.api;

import static uk.openband.framework.internal.api.CatalogueApiSupport.problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.framework.internal.BandingVersion;

/** Import, publish, retire and export matrix banding table versions. */
@RestController
@RequestMapping("/api/v1/banding-tables")
@Tag(name = "Banding tables")
class BandingApiController {

    private final CatalogueAdministration admin;
    private final FrameworkCatalogue catalogue;

    BandingApiController(CatalogueAdministration admin, FrameworkCatalogue catalogue) {
        this.admin = admin;
        this.catalogue = catalogue;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List banding table versions",
            description = "Published and retired versions for everyone; drafts too for an administrator.")
    List<VersionSummary> list(Authentication user) {
        return CatalogueApiSupport.isAdmin(user) ? catalogue.bandingVersions()
                : catalogue.publishedBandingVersions();
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, CatalogueApiSupport.YAML, CatalogueApiSupport.X_YAML,
            CatalogueApiSupport.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a banding table file (JSON or YAML, by Content-Type) as a draft",
            description = "Administrators only. A file that breaks any rule is refused whole: the 400 answer "
                    + "lists every problem with its field path, and nothing is saved.")
    @ApiResponse(responseCode = "201", description = "The draft")
    @ApiResponse(responseCode = "400", description = "The file breaks the format; errors[] lists every problem",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "That version of that banding table already exists",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<VersionSummary> importFile(@RequestBody String body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Authentication user) {
        VersionSummary draft = problems(() -> admin.importBanding(body, CatalogueApiSupport.formatOf(contentType),
                CatalogueApiSupport.actor(user)));
        return ResponseEntity.created(URI.create("/api/v1/banding-tables/" + draft.key() + "/" + draft.version()))
                .body(draft);
    }

    @PostMapping(path = "/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish a banding table draft once the framework versions it names are published")
    VersionSummary publish(@PathVariable long id, Authentication user) {
        return problems(() -> admin.publishBanding(id, CatalogueApiSupport.actor(user)));
    }

    @PostMapping(path = "/{id}/retire", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Retire a published banding table version")
    VersionSummary retire(@PathVariable long id, Authentication user) {
        return problems(() -> admin.retireBanding(id, CatalogueApiSupport.actor(user)));
    }

    @GetMapping(path = "/{key}/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export a banding table version in the interchange format",
            description = "Byte-for-byte the same for the same version. Drafts only for administrators.")
    ResponseEntity<byte[]> export(@PathVariable String key, @PathVariable String version,
            Authentication user) {
        BandingVersion found = admin.findBanding(key, version)
                .filter(v -> !v.isDraft() || CatalogueApiSupport.isAdmin(user))
                .orElseThrow(() -> CatalogueApiSupport.notFound("banding table \"" + key + "\" version " + version));
        return CatalogueApiSupport.export(found.getDocument(), key + "-" + version);
    }
}
