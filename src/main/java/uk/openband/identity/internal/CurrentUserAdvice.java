package uk.openband.identity.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.openband.identity.SignedInUser;

/** Gives every page the signed-in person (or null), for the header and the navigation by role. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
