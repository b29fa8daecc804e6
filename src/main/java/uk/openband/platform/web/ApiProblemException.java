package uk.openband.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Thrown by API controllers to answer with a problem+json body; {@code errors} lists each bad
 * field with its path and what is wrong.
 */
public class ApiProblemException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final HttpStatus status;
    private final List<FieldProblem> errors;

    public ApiProblemException(HttpStatus status, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblemException badField(String field, String message) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, field + ": " + message,
                List.of(new FieldProblem(field, message)));
    }

    public ProblemDetail problem() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, getMessage());
        p.setTitle(status.getReasonPhrase());
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return p;
    }
}
