package uk.openband.casework.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uk.openband.casework.CaseNotFoundException;

/** A case that is not there: the ordinary "page not found". */
@ControllerAdvice(assignableTypes = {CasePageController.class, ApprovalsController.class, SchoolDecisionController.class})
class CasePagesAdvice {

    @ExceptionHandler(CaseNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
