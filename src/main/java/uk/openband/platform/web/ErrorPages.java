package uk.openband.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the container: a GOV.UK page for people (403, 404, 500 and a general
 * one) and problem+json for the API. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        int status = statusOf(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (isApi(uri, request)) {
            HttpStatus httpStatus = HttpStatus.resolve(status);
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setTitle(httpStatus == null ? "Error" : httpStatus.getReasonPhrase());
            problem.setDetail(apiDetail(status));
            if (uri != null) {
                problem.setInstance(URI.create(uri));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView(viewFor(status));
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("csrfRejected", Boolean.TRUE.equals(request.getAttribute("openband.csrfRejected")));
        return page;
    }

    static String viewFor(int status) {
        return switch (status) {
            case 403 -> "error/403";
            case 404, 405 -> "error/404";
            default -> status >= 500 ? "error/500" : "error/4xx";
        };
    }

    static String apiDetail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 401 -> "Sign in with HTTP Basic credentials to use this API.";
            case 403 -> "Your role does not allow this request.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 413 -> "The request body is too large: forms and API requests take up to 1 MB, uploads their own "
                    + "documented size. Nothing was saved.";
            case 415 -> "This address does not accept that content type.";
            default -> status >= 500 ? "Something went wrong on our side. It has been logged." : "The request was refused.";
        };
    }

    private static boolean isApi(String uri, HttpServletRequest request) {
        if (uri != null && (uri.startsWith("/api/") || uri.equals("/api"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }

    /**
     * The status of the error being shown; a request for {@code /error} itself (no error being dispatched) is
     * answered as an address nothing serves, not as a server error.
     */
    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
            return 404;
        }
        return code instanceof Integer i ? i : 500;
    }
}
