package uk.openband.framework.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.openband.framework.format.FormatException;
import uk.openband.framework.internal.CatalogueException;
import uk.openband.framework.internal.DuplicateVersionException;
import uk.openband.framework.internal.VersionNotFoundException;
import org.springframework.security.core.Authentication;
import uk.openband.platform.web.ApiProblemException;
import uk.openband.platform.web.ApiProblemException.FieldProblem;

/** What the framework and banding table APIs share: problem mapping, formats and the export body. */
final class CatalogueApiSupport {

    static final String YAML = "application/yaml";
    static final String X_YAML = "application/x-yaml";
    static final String TEXT_YAML = "text/yaml";

    private CatalogueApiSupport() {
    }

    /** Runs an action and turns the catalogue's exceptions into problem+json. */
    static <T> T problems(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (FormatException e) {
            List<FieldProblem> errors = e.errors().stream()
                    .map(err -> new FieldProblem(err.path().isEmpty() ? "file" : err.path(), err.message())).toList();
            String detail = errors.size() + (errors.size() == 1 ? " problem: " : " problems: ")
                    + e.errors().stream().map(Object::toString).collect(Collectors.joining("; "));
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, detail, errors);
        } catch (VersionNotFoundException e) {
            throw new ApiProblemException(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
        } catch (CatalogueException e) {
            HttpStatus status = e instanceof DuplicateVersionException || "state".equals(e.field())
                    ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            throw new ApiProblemException(status, e.field() + ": " + e.getMessage(),
                    List.of(new FieldProblem(e.field(), e.getMessage())));
        }
    }

    /** "yaml" for a YAML content type, else "json". */
    static String formatOf(String contentType) {
        if (contentType == null) {
            return "json";
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.contains("yaml") ? "yaml" : "json";
    }

    /** The administrator's authority (the framework module does not depend on identity's types). */
    static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    static boolean isAdmin(Authentication user) {
        return user != null && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
    }

    static String actor(Authentication user) {
        return user.getName();
    }

    /** The stored canonical JSON, byte for byte. */
    static ResponseEntity<byte[]> export(String document, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".json\"")
                .body(document.getBytes(StandardCharsets.UTF_8));
    }

    static ApiProblemException notFound(String what) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "There is no " + what, List.of());
    }
}
