package uk.openband.casework.internal.web;

import uk.openband.platform.web.Refusals;
import org.springframework.context.MessageSource;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.openband.casework.CaseHiddenForModerationException;

/**
 * A moderator part-way through a blind re-score, on any page that would show the case (the case page, the
 * request's pages, the panel's page for it): told why, with the way back to the re-score. Ordered after the
 * API's advice, which answers the same refusal from the API as a 403 problem+json.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class HiddenForModerationAdvice {

    private final MessageSource messages;

    HiddenForModerationAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseHiddenForModerationException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String hidden(CaseHiddenForModerationException e, Model model, Locale locale) {
        model.addAttribute("reason", Refusals.message(e, messages, locale));
        model.addAttribute("caseId", e.caseId());
        return "casework/hidden-for-moderation";
    }
}
