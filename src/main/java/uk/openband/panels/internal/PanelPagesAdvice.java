package uk.openband.panels.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uk.openband.panels.PanelMeetingNotFoundException;

/** A meeting that is not there, or not the caller's: the ordinary "page not found". */
@ControllerAdvice(assignableTypes = {MeetingListController.class, MeetingController.class,
        AgendaCaseController.class, MinutesController.class})
class PanelPagesAdvice {

    @ExceptionHandler(PanelMeetingNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
