package uk.openband.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the local authority's name and where the user is. */
@ControllerAdvice
class LayoutAdvice {

    private final String laName;

    LayoutAdvice(@Value("${openband.la-name}") String laName) {
        this.laName = laName;
    }

    @ModelAttribute("laName")
    String laName() {
        return laName;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
