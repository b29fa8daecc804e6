package uk.openband.identity.internal;

import java.util.List;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import uk.openband.platform.web.ErrorSummary;
import java.time.Duration;
import java.util.Locale;

/** The sign-in page; Spring Security handles the POST and sends failures back here with a reason. */
@Controller
class SignInController {

    private final MessageSource messages;
    private final Clock clock;

    SignInController(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, Model model, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) && error == null) {
            return "redirect:/";
        }
        if (!model.containsAttribute("username")) {
            model.addAttribute("username", "");
        }
        if (error != null) {
            Object[] args = {waitText(model.getAttribute("retryAt"), locale)};
            List<ErrorSummary.Entry> entries = switch (error) {
                case "missing-both" -> List.of(
                        entry("username", "signin.error.username.missing", args, locale),
                        entry("password", "signin.error.password.missing", args, locale));
                case "missing-username" -> List.of(entry("username", "signin.error.username.missing", args, locale));
                case "missing-password" -> List.of(entry("password", "signin.error.password.missing", args, locale));
                case "throttled" -> List.of(entry("username", "signin.error.throttled", args, locale));
                case "disabled" -> List.of(entry("username", "signin.error.disabled", args, locale));
                default -> List.of(entry("username", "signin.error.credentials", args, locale));
            };
            model.addAttribute("errorSummary", new ErrorSummary(entries));
            model.addAttribute("usernameError", entries.stream().filter(e -> e.href().equals("#username"))
                    .map(ErrorSummary.Entry::message).findFirst().orElse(null));
            model.addAttribute("passwordError", entries.stream().filter(e -> e.href().equals("#password"))
                    .map(ErrorSummary.Entry::message).findFirst().orElse(null));
        }
        return "identity/sign-in";
    }

    /** "8 seconds", "1 minute", "15 minutes": how long until the sign-in may be tried again. */
    private String waitText(Object retryAt, Locale locale) {
        if (!(retryAt instanceof Instant at)) {
            return messages.getMessage("signin.wait.unknown", null, locale);
        }
        long seconds = Math.max(1, (Duration.between(clock.instant(), at).toMillis() + 999) / 1000);
        if (seconds < 60) {
            return messages.getMessage(seconds == 1 ? "signin.wait.second" : "signin.wait.seconds",
                    new Object[] {seconds}, locale);
        }
        long minutes = (seconds + 59) / 60;
        return messages.getMessage(minutes == 1 ? "signin.wait.minute" : "signin.wait.minutes", new Object[] {minutes},
                locale);
    }

    private ErrorSummary.Entry entry(String field, String code, Object[] args, Locale locale) {
        return new ErrorSummary.Entry("#" + field, messages.getMessage(code, args, locale));
    }
}
