package uk.openband.assessment.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uk.openband.assessment.AssessmentNotFoundException;

/** An assessment that is not there, or not the caller's: the ordinary "page not found" from the error page. */
@ControllerAdvice(assignableTypes = {AssessmentPagesController.class, AssessmentDetailsController.class})
class AssessmentPagesAdvice {

    @ExceptionHandler(AssessmentNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
