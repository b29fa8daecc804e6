package uk.openband.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import uk.openband.platform.Conflict;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;

/**
 * Errors from the JSON API ({@code /api/**}, every {@code @RestController}) as application/problem+json,
 * never a stack trace: {@link NotFound} 404, {@link Refused} 400 (409 when the record's state is why) with
 * {@code errors[{field, message}]}, {@link Conflict} 409. Messages come from {@code messages.properties}.
 * Ordered before {@link RefusalPages}, which answers the same exceptions for pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, messages.getMessage(e, locale));
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e, Locale locale) {
        return problem(HttpStatus.CONFLICT, messages.getMessage(e, locale));
    }

    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused e, Locale locale) {
        var errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p, locale))).toList();
        ProblemDetail p = problem(e.isState() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                errors.stream().map(m -> m.get("message")).collect(Collectors.joining("; ")));
        p.setProperty("errors", errors);
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status.getReasonPhrase());
        return p;
    }

    /** A body that is not JSON (or not the shape asked for) says where reading stopped, not just "failed". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestLimits.isTooLarge(ex)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.CONNECTION, "close").body(problem(HttpStatus.CONTENT_TOO_LARGE,
                            ErrorPages.apiDetail(HttpStatus.CONTENT_TOO_LARGE.value())));
        }
        JsonText.Refused text = JsonText.refusal(ex);
        if (text != null) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(refused(
                    new Refused(text.field(), uk.openband.platform.Text.CONTROL_CHARACTERS), request.getLocale()));
        }
        String detail = "The request body could not be read as JSON";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json) {
                detail += ": " + json.getOriginalMessage();
                if (json.getLocation() != null && json.getLocation().getLineNr() > 0) {
                    detail += " (line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ")";
                }
                break;
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad Request");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ApiProblemException.class)
    ProblemDetail apiProblem(ApiProblemException e) {
        return e.problem();
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ProblemDetail conflict(org.springframework.dao.OptimisticLockingFailureException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record after you read it. Read it again and repeat your change.");
        p.setTitle("Conflict");
        return p;
    }

    /** Text PostgreSQL cannot take (a NUL that reached a query some other way): 400, not 500 (see {@link RefusalPages}). */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionSystemException.class})
    ProblemDetail unstorableText(RuntimeException e, Locale locale) {
        if (!UnstorableText.causes(e)) {
            return unexpected(e);
        }
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage(uk.openband.platform.Text.CONTROL_CHARACTERS, null,
                locale));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error in the API", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged.");
        p.setTitle("Internal Server Error");
        return p;
    }
}
