package uk.openband.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;

/**
 * The service navigation of every page: the items the signed-in person's role may use (the public pages and
 * sign-in for everyone else), in words, each marked active when the page is under it. Worked out here once per
 * request rather than by a dozen fragment calls and role tests in the layout.
 */
@ControllerAdvice
class NavigationAdvice {

    /** One item: where it links, its words, and whether the current page is under it. */
    public record Item(String href, String text, boolean active) {

        public String ariaCurrent() {
            return active ? "page" : null;
        }
    }

    private record Entry(String href, String messageKey, List<Role> roles, Predicate<String> activeFor) {
    }

    /** Signed-in items, in order; an empty role list means every role. */
    private static final List<Entry> SIGNED_IN = List.of(
            new Entry("/", "nav.home", List.of(), "/"::equals),
            new Entry("/pupils", "nav.pupils", List.of(Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.ADMIN), under("/pupils")),
            new Entry("/panels", "nav.panels", List.of(Role.CASE_OFFICER, Role.SEND_MANAGER, Role.PANEL_MEMBER),
                    under("/panels")),
            new Entry("/cases", "nav.cases", List.of(Role.CASE_OFFICER, Role.SEND_MANAGER, Role.ADMIN),
                    p -> p.startsWith("/cases") && !p.startsWith("/cases/approvals")),
            new Entry("/cases/approvals", "nav.approvals", List.of(Role.SEND_MANAGER), under("/cases/approvals")),
            new Entry("/moderation", "nav.moderation", List.of(Role.CASE_OFFICER, Role.SEND_MANAGER),
                    under("/moderation")),
            new Entry("/funding/statements", "nav.statements", List.of(Role.SENCO, Role.FINANCE_OFFICER),
                    under("/funding/statements")),
            new Entry("/funding/budget", "nav.budget", List.of(Role.FINANCE_OFFICER, Role.SEND_MANAGER),
                    under("/funding/budget")),
            new Entry("/funding/payment-settings", "nav.paymentSettings", List.of(Role.FINANCE_OFFICER, Role.ADMIN),
                    under("/funding/payment-settings")),
            new Entry("/finance/exports", "nav.exports", List.of(Role.FINANCE_OFFICER, Role.ADMIN), under("/finance")),
            new Entry("/admin/settings", "nav.settings", List.of(Role.ADMIN), under("/admin/settings")),
            new Entry("/admin/users", "nav.users", List.of(Role.ADMIN), under("/admin/users")),
            new Entry("/admin/frameworks", "nav.frameworks", List.of(Role.ADMIN),
                    p -> p.startsWith("/admin/frameworks") || p.startsWith("/admin/banding-tables")));

    /** The public pages, for everyone. */
    private static final List<Entry> PUBLIC = List.of(
            new Entry("/matrix", "nav.matrix", List.of(), under("/matrix")),
            new Entry("/tariffs", "nav.tariffs", List.of(), "/tariffs"::equals),
            new Entry("/calculator", "nav.calculator", List.of(), "/calculator"::equals));

    private static final Entry SIGN_IN = new Entry("/sign-in", "nav.signIn", List.of(), "/sign-in"::equals);

    private final MessageSource messages;

    NavigationAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("navigation")
    List<Item> navigation(HttpServletRequest request, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = auth != null && auth.getPrincipal() instanceof SignedInUser u ? u : null;
        String path = request.getRequestURI();
        String context = request.getContextPath();
        List<Item> items = new ArrayList<>();
        if (user != null) {
            for (Entry e : SIGNED_IN) {
                if (e.roles().isEmpty() || e.roles().contains(user.role())) {
                    items.add(item(e, context, path, locale));
                }
            }
        }
        for (Entry e : PUBLIC) {
            items.add(item(e, context, path, locale));
        }
        if (user == null) {
            items.add(item(SIGN_IN, context, path, locale));
        }
        return items;
    }

    private Item item(Entry e, String context, String path, Locale locale) {
        return new Item(context + e.href(), messages.getMessage(e.messageKey(), null, locale),
                path != null && e.activeFor().test(path));
    }

    private static Predicate<String> under(String prefix) {
        return p -> p.startsWith(prefix);
    }
}
