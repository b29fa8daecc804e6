package uk.openband.identity.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.SignedInUser;

/** The start page for visitors and the home page for each role. */
@Controller
class HomeController {

    private final SettingDirectory settings;

    HomeController(SettingDirectory settings) {
        this.settings = settings;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user == null) {
            return "identity/start";
        }
        if (user.settingId() != null) {
            settings.find(user.settingId()).ifPresent(s -> model.addAttribute("setting", s));
        }
        model.addAttribute("user", user);
        return "identity/home";
    }
}
