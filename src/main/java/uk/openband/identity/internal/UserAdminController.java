package uk.openband.identity.internal;

import uk.openband.platform.web.Refusals;
import uk.openband.platform.Refused;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.NewUser;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.platform.web.ErrorSummary;

/** Administrators list, create, disable and enable users and reset passwords. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserManagement users;
    private final SettingDirectory settings;
    private final MessageSource messages;
    private final SignInThrottle throttle;

    UserAdminController(UserManagement users, SettingDirectory settings, MessageSource messages,
            SignInThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.settings = settings;
        this.messages = messages;
    }

    @InitBinder("userForm")
    void userFields(WebDataBinder binder) {
        binder.setAllowedFields(UserForm.FIELDS.toArray(String[]::new));
    }

    @InitBinder("passwordForm")
    void passwordFields(WebDataBinder binder) {
        binder.setAllowedFields(PasswordForm.FIELDS.toArray(String[]::new));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new UserForm());
        return showForm(model, ErrorSummary.empty());
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (form.getRole() == Role.SENCO && form.getSettingId() == null && !result.hasFieldErrors("settingId")) {
            result.rejectValue("settingId", "user.setting.required");
        }
        if (!result.hasErrors()) {
            try {
                UserView created = users.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(),
                        form.getRole(), form.getSettingId(), form.getPassword(), false));
                redirect.addFlashAttribute("banner", messages.getMessage("user.created",
                        new Object[] {created.username()}, locale));
                return "redirect:/admin/users/" + created.id();
            } catch (Refused e) {
                Refusals.reject(result, UserForm.FIELDS, e);
            }
        }
        form.setPassword(null);
        return showForm(model, ErrorSummary.from(result, messages, locale, UserForm.FIELDS));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UserView user = user(id);
        model.addAttribute("user", user);
        model.addAttribute("throttledUntil", throttle.accountBlockedUntil(user.username()));
        return "identity/user";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect,
            Locale locale) {
        UserView user = user(id);
        try {
            users.disable(id, admin.getUsername());
            redirect.addFlashAttribute("banner", messages.getMessage("user.disabled", new Object[] {user.username()}, locale));
        } catch (Refused e) {
            redirect.addFlashAttribute("problem", Refusals.message(e, messages, locale));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        UserView user = user(id);
        users.enable(id);
        redirect.addFlashAttribute("banner", messages.getMessage("user.enabled", new Object[] {user.username()}, locale));
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("user", user(id));
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("errorSummary", ErrorSummary.empty());
        model.addAttribute("minLength", UserManagement.MIN_PASSWORD_LENGTH);
        return "identity/password";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        UserView user = user(id);
        if (!result.hasErrors() && !form.getPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "user.confirmation.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                users.resetPassword(id, form.getPassword());
                redirect.addFlashAttribute("banner", messages.getMessage("user.passwordReset",
                        new Object[] {user.username()}, locale));
                return "redirect:/admin/users/" + id;
            } catch (Refused e) {
                Refusals.reject(result, PasswordForm.FIELDS, e);
            }
        }
        form.setPassword(null);
        form.setConfirmation(null);
        model.addAttribute("user", user);
        model.addAttribute("minLength", UserManagement.MIN_PASSWORD_LENGTH);
        model.addAttribute("errorSummary", ErrorSummary.from(result, messages, locale, PasswordForm.FIELDS));
        return "identity/password";
    }

    private String showForm(Model model, ErrorSummary summary) {
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("settings", settings.openSettings());
        model.addAttribute("errorSummary", summary);
        model.addAttribute("minLength", UserManagement.MIN_PASSWORD_LENGTH);
        return "identity/user-new";
    }

    private UserView user(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
