package uk.openband.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
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
 * never a stack trace: {@link NotFound} 404, {@link Refused} 400 (409 when the record's state is why, 403 when
 * who is asking is) with {@code errors[{field, message}]}, {@link Conflict} 409. What Spring rejects before a
 * controller runs (a body that is not JSON or of the wrong shape, a parameter of the wrong type or missing) is
 * answered as a {@link Refused} too, naming the field in plain words. Messages come from
 * {@code messages.properties}. Ordered before {@link RefusalPages}, which answers the same exceptions for pages.
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
        ProblemDetail p = problem(status(e), e.detail().map(d -> messages.getMessage(d, locale))
                .orElseGet(() -> errors.stream().map(m -> m.get("message")).collect(Collectors.joining("; "))));
        p.setProperty("errors", errors);
        return p;
    }

    /** 400 for the input, 409 for the state of the record, 403 for who is asking. */
    static HttpStatus status(Refused e) {
        return switch (e.reason()) {
            case INPUT -> HttpStatus.BAD_REQUEST;
            case STATE -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status.getReasonPhrase());
        return p;
    }

    private ResponseEntity<Object> refusedEntity(Refused e, WebRequest request) {
        ProblemDetail p = refused(e, request.getLocale());
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /**
     * A body that is not JSON, or JSON of the wrong shape: where reading stopped, or which field (by its path in
     * the body, {@code provision[0].hoursPerWeek}) should have been what, in plain words. Never a Java type's name
     * nor the parser's own message.
     */
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
            return refusedEntity(new Refused(text.field(), uk.openband.platform.Text.CONTROL_CHARACTERS), request);
        }
        return refusedEntity(JsonProblems.refusal(ex), request);
    }

    /** A query parameter or path variable of the wrong type: 400 naming it and what it should be. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        if (name == null) {
            name = "parameter";
        }
        Class<?> type = ex.getRequiredType();
        Refused refused = ex instanceof MethodArgumentTypeMismatchException m
                && m.getParameter().hasParameterAnnotation(PathVariable.class)
                && (type == long.class || type == Long.class)
                ? new Refused(name, "platform.refused.pathId", name)
                : new Refused(name, "platform.refused.parameter", name, TypeWords.of(type));
        return refusedEntity(refused, request);
    }

    /** A required query parameter left out: 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return refusedEntity(new Refused(ex.getParameterName(), "platform.refused.parameterMissing",
                ex.getParameterName()), request);
    }

    /** A body that breaks Bean Validation rules: 400 naming each field with its message. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Refused.Problem> problems = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            problems.add(new Refused.Problem(error.getField(), "platform.refused.field", error));
        }
        for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
            problems.add(new Refused.Problem("body", "platform.refused.field", error));
        }
        if (problems.isEmpty()) {
            problems.add(new Refused.Problem("body", "platform.refused.json.unreadable"));
        }
        return refusedEntity(new Refused(problems), request);
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ProblemDetail conflict(org.springframework.dao.OptimisticLockingFailureException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record after you read it. Read it again and repeat your change.");
        p.setTitle("Conflict");
        return p;
    }

    /** Text PostgreSQL cannot take (a NUL, or too long for its column): 400, not 500 (see {@link RefusalPages}). */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionSystemException.class})
    ProblemDetail unstorableText(RuntimeException e, Locale locale) {
        return UnstorableText.reason(e)
                .map(reason -> problem(HttpStatus.BAD_REQUEST, messages.getMessage(reason, null, locale)))
                .orElseGet(() -> unexpected(e));
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
