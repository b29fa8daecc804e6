package uk.openband.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import uk.openband.platform.Conflict;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;

/**
 * The pages' answer to the three exceptions services throw: {@link NotFound} is the ordinary "page not
 * found"; a {@link Refused} or {@link Conflict} that the controller did not turn into its own form's error
 * summary shows the general error page (400, or 409) with an error summary of the messages (the fields
 * are not on that page, so the entries link to the page's content). Controllers that re-render a form use {@link Refusals} instead.
 */
@ControllerAdvice(annotations = Controller.class)
class RefusalPages {

    private final MessageSource messages;

    RefusalPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused e, Locale locale) {
        return page(ApiProblems.status(e), Refusals.summary(e, messages, locale, field -> "main-content"));
    }

    /**
     * A value in the address or the query of the wrong type: a path variable (an id, a category) that is not one
     * is the ordinary "page not found"; a query parameter is a 400 page naming it in plain words.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Locale locale)
            throws IOException {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return null;
        }
        return refused(new Refused(e.getName(), "platform.refused.parameter", e.getName(),
                TypeWords.of(e.getRequiredType())), locale);
    }

    /**
     * The last line behind {@link uk.openband.platform.Text}'s rule and the length checks: text PostgreSQL cannot take
     * (a NUL, or text longer than its column, that reached a query or a save some other way) is a 400 page saying
     * so, not a 500. Anything else goes on as it was.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionSystemException.class})
    ModelAndView unstorableText(RuntimeException e, Locale locale) {
        String reason = UnstorableText.reason(e).orElseThrow(() -> e);
        return page(HttpStatus.BAD_REQUEST, ErrorSummary.of("main-content", messages.getMessage(reason, null, locale)));
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView conflict(Conflict e, Locale locale) {
        return page(HttpStatus.CONFLICT, ErrorSummary.of("main-content", messages.getMessage(e, locale)));
    }

    private static ModelAndView page(HttpStatus status, ErrorSummary summary) {
        ModelAndView page = new ModelAndView("error/4xx");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("errorSummary", summary);
        return page;
    }
}
