package uk.openband.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the local authority's name (the navigation comes from the identity module). */
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
}
