package uk.openband.casework.internal.web;

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
 * request's pages, the panel's page for it): told why, with the way back to the re-score.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HiddenForModerationAdvice {

    @ExceptionHandler(CaseHiddenForModerationException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String hidden(CaseHiddenForModerationException e, Model model) {
        model.addAttribute("reason", e.getMessage());
        model.addAttribute("caseId", e.caseId());
        return "casework/hidden-for-moderation";
    }
}
