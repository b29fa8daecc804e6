package uk.openband.identity.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.openband.identity.Role;

/**
 * Every page and endpoint's access rule, in one list a reviewer can read. Anything not listed
 * is denied. A test walks every request mapping and fails when one matches no rule here.
 */
public final class AccessRules {

    public enum Access { PUBLIC, AUTHENTICATED, ROLES }

    public record Rule(HttpMethod method, String pattern, Access access, List<Role> roles) {

        public RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }
    }

    private static final Role[] LA_STAFF = {Role.CASE_OFFICER, Role.PANEL_MEMBER, Role.SEND_MANAGER,
            Role.FINANCE_OFFICER, Role.ADMIN};

    private static final Role[] PUPIL_VIEWERS = {Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
            Role.SEND_MANAGER, Role.ADMIN};

    private static final Role[] STATEMENT_READERS = {Role.SENCO, Role.FINANCE_OFFICER, Role.CASE_OFFICER,
            Role.SEND_MANAGER, Role.ADMIN};

    private static final Role[] PANEL_PEOPLE = {Role.CASE_OFFICER, Role.PANEL_MEMBER, Role.SEND_MANAGER};

    public static final List<Rule> RULES = List.of(
            // Public: the start page, sign-in, static files, health, the public information pages.
            pub("/"),
            pub("/sign-in"),
            pub("/accessibility"),
            pub("/privacy"),
            pub("/error"),
            pub("/css/**"),
            pub("/js/**"),
            pub("/images/**"),
            pub("/assets/**"),
            pub("/webjars/**"),
            pub("/favicon.ico"),
            pub("/actuator/health"),
            pub("/actuator/health/**"),

            // Public API: scoring (nothing stored), published frameworks and banding tables and their diffs.
            pub(HttpMethod.GET, "/matrix"),
            pub(HttpMethod.GET, "/matrix/history"),
            pub(HttpMethod.GET, "/matrix/history/compare"),
            pub(HttpMethod.GET, "/tariffs"),
            pub(HttpMethod.GET, "/calculator"),
            pub(HttpMethod.POST, "/api/v1/scores"),
            pub(HttpMethod.GET, "/api/v1/frameworks"),
            pub(HttpMethod.GET, "/api/v1/frameworks/*/*"),
            pub(HttpMethod.GET, "/api/v1/banding-tables"),
            pub(HttpMethod.GET, "/api/v1/banding-tables/*/*"),

            // Signed-in people of any role.
            signedIn("/sign-out"),
            signedIn("/v3/api-docs"),
            signedIn("/v3/api-docs/**"),
            signedIn("/v3/api-docs.yaml"),
            signedIn("/swagger-ui.html"),
            signedIn("/swagger-ui/**"),
            signedIn("/api/v1/me"),
            // Everyone manages their own API tokens (an administrator anyone's, under /admin/users/*/tokens).
            signedIn("/account/tokens"),
            signedIn("/account/tokens/*/revoke"),

            // Funding (see FundingAgreements): a pupil's agreements and payments for those who see the pupil (a SENCO
            // only their own setting's); officers record a leaving date; finance officers and admins set the payment
            // method; the agreements API for SENCOs (their own setting's) and all LA staff.
            // A pupil's funding page: whoever sees the pupil, and finance officers (their exports and statements
            // already name every funded pupil; they see no other pupil record).
            roles(HttpMethod.GET, "/pupils/*/funding", Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.POST, "/pupils/*/funding/agreements/*/leaving", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles("/funding/payment-settings", Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/agreements", Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/agreements/*", Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/agreements/*/schedule", Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.FINANCE_OFFICER, Role.ADMIN),

            // Pupils (see PupilAccess): SENCOs see their own setting's pupils, LA staff other than finance see
            // all; SENCOs, case officers and admins add and change them; case officers and admins import them.
            roles("/pupils/import", Role.CASE_OFFICER, Role.ADMIN),
            roles("/pupils/new", Role.SENCO, Role.CASE_OFFICER, Role.ADMIN),
            roles("/pupils/*/edit", Role.SENCO, Role.CASE_OFFICER, Role.ADMIN),
            roles(HttpMethod.GET, "/pupils", PUPIL_VIEWERS),
            roles(HttpMethod.GET, "/pupils/*", PUPIL_VIEWERS),
            roles(HttpMethod.POST, "/api/v1/pupils", Role.SENCO, Role.CASE_OFFICER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/pupils", PUPIL_VIEWERS),
            roles(HttpMethod.GET, "/api/v1/pupils/*", PUPIL_VIEWERS),

            // Assessments by API: SENCOs start, change and submit their own setting's; pupil viewers read them.
            roles(HttpMethod.POST, "/api/v1/assessments", Role.SENCO),
            roles(HttpMethod.GET, "/api/v1/assessments/*", PUPIL_VIEWERS),
            roles(HttpMethod.PUT, "/api/v1/assessments/*/levels", Role.SENCO),
            roles(HttpMethod.PUT, "/api/v1/assessments/*/details", Role.SENCO),
            roles(HttpMethod.POST, "/api/v1/assessments/*/submit", Role.SENCO),
            roles(HttpMethod.GET, "/api/v1/pupils/*/assessments", PUPIL_VIEWERS),

            // Panel meetings (see PanelMeetings): officers and SEND managers plan them and build the agenda; panel
            // members see their own meetings, moderate and record decisions; a SEND manager approves an override.
            roles(HttpMethod.GET, "/panels", PANEL_PEOPLE),
            roles("/panels/new", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.GET, "/panels/*", PANEL_PEOPLE),
            roles(HttpMethod.GET, "/panels/*/minutes", PANEL_PEOPLE),
            roles(HttpMethod.GET, "/panels/*/minutes.pdf", PANEL_PEOPLE),
            roles(HttpMethod.GET, "/panels/*/pack", PANEL_PEOPLE),
            roles(HttpMethod.GET, "/panels/*/pack.pdf", PANEL_PEOPLE),
            roles(HttpMethod.GET, "/panels/*/cases/*", PANEL_PEOPLE),
            roles(HttpMethod.POST, "/panels/*/agenda", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/panels/*/links", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/panels/*/links/remove", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/panels/*/start", PANEL_PEOPLE),
            roles(HttpMethod.POST, "/panels/*/close", PANEL_PEOPLE),
            roles(HttpMethod.POST, "/panels/*/cases/*/moderation", Role.PANEL_MEMBER),
            roles(HttpMethod.POST, "/panels/*/cases/*/decision", Role.PANEL_MEMBER),
            roles(HttpMethod.POST, "/panels/*/cases/*/approval", Role.SEND_MANAGER),

            // Casework: case officers and SEND managers work the queue and act on cases; admins read; only SEND
            // managers approve or refuse an override.
            roles(HttpMethod.GET, "/cases", Role.CASE_OFFICER, Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/cases/approvals", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/cases/*", Role.CASE_OFFICER, Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.POST, "/cases/*/approve", Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/cases/*/refuse-approval", Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/cases/*/*", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.GET, "/api/v1/cases", Role.CASE_OFFICER, Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/cases/*", Role.CASE_OFFICER, Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.POST, "/api/v1/cases/*/dispute", Role.SENCO),
            roles(HttpMethod.POST, "/api/v1/cases/*/approve", Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/api/v1/cases/*/refuse-approval", Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/api/v1/cases/*/*", Role.CASE_OFFICER, Role.SEND_MANAGER),

            // Moderation: case officers and SEND managers re-score sampled cases blind (never their own decision);
            // SEND managers draw a month's sample and read the agreement rates.
            roles(HttpMethod.GET, "/moderation", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/moderation/samples", Role.SEND_MANAGER),
            roles(HttpMethod.GET, "/moderation/rates", Role.SEND_MANAGER),
            roles(HttpMethod.GET, "/moderation/cases/*", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/moderation/cases/*", Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.POST, "/moderation/cases/*/note", Role.CASE_OFFICER, Role.SEND_MANAGER),

            // Funding statements (see StatementController): a SENCO reads their own setting's only; LA staff who work
            // with funding read any setting's. The budget: finance officers record it; managers and admins read it.
            roles(HttpMethod.GET, "/funding/statements", STATEMENT_READERS),
            roles(HttpMethod.GET, "/funding/statements/*", STATEMENT_READERS),
            roles(HttpMethod.GET, "/funding/statements/*/csv", STATEMENT_READERS),
            roles(HttpMethod.GET, "/funding/statements/*/pdf", STATEMENT_READERS),
            roles(HttpMethod.GET, "/funding/budget", Role.FINANCE_OFFICER, Role.SEND_MANAGER, Role.ADMIN),
            roles("/funding/budget/edit", Role.FINANCE_OFFICER),
            // Tariff roll-over (see RolloverController): SEND managers and admins open the form, previews and
            // applied runs; only admins apply one. Finance officers do not: the preview names pupils.
            roles(HttpMethod.GET, "/rollovers", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/rollovers/preview", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/rollovers/runs/*", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.POST, "/rollovers/apply", Role.ADMIN),
            // Finance exports (see ExportBatches and CostCodes): finance officers make batches and set cost codes; admins read.
            roles(HttpMethod.GET, "/finance/exports", Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.POST, "/finance/exports", Role.FINANCE_OFFICER),
            roles(HttpMethod.GET, "/finance/exports/*", Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.GET, "/finance/cost-codes", Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.POST, "/finance/cost-codes", Role.FINANCE_OFFICER),
            roles(HttpMethod.POST, "/api/v1/exports", Role.FINANCE_OFFICER),
            roles(HttpMethod.GET, "/api/v1/exports", Role.FINANCE_OFFICER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/exports/*", Role.FINANCE_OFFICER, Role.ADMIN),

            // Insight (see InsightPagesController): performance indicators and their figures, for SEND managers and
            // admins only; SENCOs, officers, panel members and finance officers are refused.
            roles(HttpMethod.GET, "/insight", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/insight/indicators", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/insight/indicators.csv", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/insight/indicators", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/insight/equality", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/insight/equality.csv", Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/api/v1/insight/equality", Role.SEND_MANAGER, Role.ADMIN),

            // Operations and administration.
            // Matrix assessments: SENCOs of the pupil's setting write them; LA staff who see pupils read them.
            roles(HttpMethod.GET, "/pupils/*/assessments", Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.POST, "/pupils/*/assessments", Role.SENCO),
            roles(HttpMethod.GET, "/assessments/*", Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.ADMIN),
            roles(HttpMethod.GET, "/assessments/*/submitted", Role.SENCO, Role.CASE_OFFICER, Role.PANEL_MEMBER,
                    Role.SEND_MANAGER, Role.ADMIN),
            // The decision notice: the SENCO of the pupil's setting (checked by the page), officers and managers.
            roles(HttpMethod.GET, "/assessments/*/decision-notice", Role.SENCO, Role.CASE_OFFICER, Role.SEND_MANAGER),
            roles(HttpMethod.GET, "/assessments/*/decision-notice.pdf", Role.SENCO, Role.CASE_OFFICER,
                    Role.SEND_MANAGER),
            roles("/assessments/**", Role.SENCO),
            roles("/actuator/**", Role.ADMIN),
            roles(HttpMethod.POST, "/api/v1/frameworks", Role.ADMIN),
            roles(HttpMethod.POST, "/api/v1/frameworks/*/publish", Role.ADMIN),
            roles(HttpMethod.POST, "/api/v1/frameworks/*/retire", Role.ADMIN),
            roles(HttpMethod.POST, "/api/v1/banding-tables", Role.ADMIN),
            roles(HttpMethod.POST, "/api/v1/banding-tables/*/publish", Role.ADMIN),
            roles(HttpMethod.POST, "/api/v1/banding-tables/*/retire", Role.ADMIN),
            // Import of existing awards (see AwardImport): admins and finance officers check and import a file.
            roles("/admin/imports/awards", Role.ADMIN, Role.FINANCE_OFFICER),
            roles(HttpMethod.POST, "/admin/imports/awards/confirm", Role.ADMIN, Role.FINANCE_OFFICER),
            roles(HttpMethod.POST, "/api/v1/imports/awards", Role.ADMIN, Role.FINANCE_OFFICER),
            roles("/admin/**", Role.ADMIN));

    private AccessRules() {
    }

    /**
     * Applies the rules in order; then anything a controller serves is denied, and an address
     * nothing serves falls through to "page not found".
     */
    public static void apply(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry,
            org.springframework.security.authorization.AuthorizationManager<
                    org.springframework.security.web.access.intercept.RequestAuthorizationContext> unmatched) {
        for (Rule rule : RULES) {
            var matcher = registry.requestMatchers(rule.matcher());
            switch (rule.access()) {
                case PUBLIC -> matcher.permitAll();
                case AUTHENTICATED -> matcher.authenticated();
                case ROLES -> matcher.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        registry.anyRequest().access(unmatched);
    }

    public static boolean isPublic(jakarta.servlet.http.HttpServletRequest request) {
        return RULES.stream().filter(r -> r.access() == Access.PUBLIC).anyMatch(r -> r.matcher().matches(request));
    }

    static Rule pub(String pattern) {
        return new Rule(null, pattern, Access.PUBLIC, List.of());
    }

    static Rule pub(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Access.PUBLIC, List.of());
    }

    static Rule signedIn(String pattern) {
        return new Rule(null, pattern, Access.AUTHENTICATED, List.of());
    }

    static Rule roles(String pattern, Role... roles) {
        return new Rule(null, pattern, Access.ROLES, List.of(roles));
    }

    static Rule roles(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, Access.ROLES, List.of(roles));
    }

    static Role[] laStaff() {
        return Arrays.copyOf(LA_STAFF, LA_STAFF.length);
    }
}
