package uk.openband.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.platform.Refused;
import uk.openband.platform.web.ErrorSummary;

/**
 * API tokens: everyone signed in manages their own at {@code /account/tokens}; an administrator manages anyone's
 * at {@code /admin/users/{id}/tokens} (see AccessRules). A new token's secret is shown once, on the page that
 * answers the form, and is never stored in the session or anywhere else.
 */
@Controller
class ApiTokenController {

    /** One choice of expiry for the radios. */
    record Expiry(int days, String label) {
    }

    private final ApiTokens tokens;
    private final UserManagement users;
    private final MessageSource messages;

    ApiTokenController(ApiTokens tokens, UserManagement users, MessageSource messages) {
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
    }

    @InitBinder("tokenForm")
    void tokenFields(WebDataBinder binder) {
        binder.setAllowedFields(TokenForm.FIELDS.toArray(String[]::new));
    }

    @GetMapping("/account/tokens")
    String own(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        return page(me.id(), false, new TokenForm(), ErrorSummary.empty(), model, locale);
    }

    @PostMapping("/account/tokens")
    String createOwn(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response) {
        return create(me.id(), false, me.getUsername(), form, result, model, locale, response);
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeOwn(@AuthenticationPrincipal SignedInUser me, @PathVariable long tokenId, RedirectAttributes redirect,
            Locale locale) {
        revoke(me.id(), tokenId, me.getUsername(), redirect, locale);
        return "redirect:/account/tokens";
    }

    @GetMapping("/admin/users/{id}/tokens")
    String ofUser(@PathVariable long id, Model model, Locale locale) {
        return page(user(id).id(), true, new TokenForm(), ErrorSummary.empty(), model, locale);
    }

    @PostMapping("/admin/users/{id}/tokens")
    String createForUser(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin,
            @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response) {
        return create(user(id).id(), true, admin.getUsername(), form, result, model, locale, response);
    }

    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    String revokeForUser(@PathVariable long id, @PathVariable long tokenId, @AuthenticationPrincipal SignedInUser admin,
            RedirectAttributes redirect, Locale locale) {
        revoke(user(id).id(), tokenId, admin.getUsername(), redirect, locale);
        return "redirect:/admin/users/" + id + "/tokens";
    }

    private String create(long userId, boolean admin, String actor, TokenForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response) {
        // A choice of expiry that is not a number is already a binding error and arrives as null, which the
        // service refuses too: so every field's problem is named at once.
        try {
            ApiTokens.Created created = tokens.create(userId, form.getName(), form.getExpiresInDays(), actor);
            // The secret is on this page only: never cached, never kept.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("owner", user(userId));
            model.addAttribute("created", created);
            model.addAttribute("base", base(userId, admin));
            model.addAttribute("admin", admin);
            return "identity/token-created";
        } catch (Refused e) {
            boolean expiryNamed = result.hasFieldErrors("expiresInDays");
            for (Refused.Problem p : e.problems()) {
                if (!(expiryNamed && p.field().equals("expiresInDays"))) {
                    result.rejectValue(p.field(), p.messageKey(), p.getArguments(), null);
                }
            }
        }
        return page(userId, admin, form, ErrorSummary.from(result, messages, locale, TokenForm.FIELDS), model, locale);
    }

    private void revoke(long userId, long tokenId, String actor, RedirectAttributes redirect, Locale locale) {
        ApiTokens.Token token = tokens.revoke(userId, tokenId, actor);
        redirect.addFlashAttribute("banner", messages.getMessage("tokens.revoked", new Object[] {token.name()}, locale));
    }

    private String page(long userId, boolean admin, TokenForm form, ErrorSummary summary, Model model, Locale locale) {
        model.addAttribute("owner", user(userId));
        model.addAttribute("tokens", tokens.forUser(userId));
        model.addAttribute("tokenForm", form);
        model.addAttribute("errorSummary", summary);
        model.addAttribute("base", base(userId, admin));
        model.addAttribute("admin", admin);
        model.addAttribute("expiries", ApiTokens.EXPIRY_DAYS.stream()
                .map(d -> new Expiry(d, messages.getMessage("tokens.expiry.days", new Object[] {d}, locale))).toList());
        model.addAttribute("maxTokens", ApiTokens.MAX_ACTIVE_PER_USER);
        return "identity/tokens";
    }

    private static String base(long userId, boolean admin) {
        return admin ? "/admin/users/" + userId + "/tokens" : "/account/tokens";
    }

    private UserView user(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
