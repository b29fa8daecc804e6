package uk.openband.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains: the stateless JSON API (API tokens or HTTP Basic, no CSRF, problem+json errors), the API's
 * description (the API's credentials or a session), and the pages (form sign-in, sessions in PostgreSQL, CSRF on
 * every form, strict headers).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script anywhere; styles only from our own files. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The API explorer's own page sets some styles inline. */
    static final String CSP_API_EXPLORER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Username and password, for the sign-in page and the API's HTTP Basic, throttled against guessing. */
    @Bean
    AuthenticationProvider passwordSignIn(AccountUserDetailsService users, PasswordEncoder passwords,
            SignInThrottle throttle) {
        return new ThrottledSignIn(users, passwords, throttle);
    }

    /**
     * The API: an API token ({@code Authorization: Bearer}) or HTTP Basic on every request, never a session; no
     * CSRF (no cookies are read); problem+json for 401, 403 and 429.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UnmappedRequests unmapped, ApiTokens tokens, MessageSource messages)
            throws Exception {
        AuthenticationEntryPoint entryPoint = apiEntryPoint(messages);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> AccessRules.apply(a, unmapped))
                .addFilterBefore(new ApiTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("OpenBand").authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(SecurityConfiguration::apiForbidden))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    /**
     * The API's description ({@code /v3/api-docs}) takes the API's credentials (a token or HTTP Basic) as well as
     * a signed-in session (for the API explorer page). Without any it sends a browser to sign in, as the pages do;
     * with wrong ones it answers as the API does.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDescription(HttpSecurity http, UnmappedRequests unmapped, ApiTokens tokens,
            MessageSource messages) throws Exception {
        AuthenticationEntryPoint api = apiEntryPoint(messages);
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            if (request.getHeader("Authorization") != null) {
                api.commence(request, response, e);
            } else {
                signIn.commence(request, response, e);
            }
        };
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(a -> AccessRules.apply(a, unmapped))
                .addFilterBefore(new ApiTokenFilter(tokens, api), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("OpenBand").authenticationEntryPoint(entryPoint))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(SecurityConfiguration::apiForbidden))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, UnmappedRequests unmapped) throws Exception {
        RequestMatcher apiExplorer = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.authorizeHttpRequests(a -> AccessRules.apply(a, unmapped))
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("username").passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(signInFailure()))
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut")
                        .deleteCookies("OPENBAND_SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                        .invalidSessionStrategy(expiredSession()))
                .exceptionHandling(e -> e.accessDeniedHandler(SecurityConfiguration::pageForbidden))
                .headers(h -> h
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(apiExplorer),
                                new ContentSecurityPolicyHeaderWriter(CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiExplorer,
                                new ContentSecurityPolicyHeaderWriter(CSP_API_EXPLORER)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /** Failed sign-in: back to the page with the reason and the username typed, never the password. */
    static AuthenticationFailureHandler signInFailure() {
        SessionFlashMapManager flash = new SessionFlashMapManager();
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            String password = request.getParameter("password");
            String error;
            java.time.Instant retryAt = null;
            if (username == null || username.isBlank()) {
                error = password == null || password.isEmpty() ? "missing-both" : "missing-username";
            } else if (password == null || password.isEmpty()) {
                error = "missing-password";
            } else if (exception instanceof SignInThrottledException throttled) {
                error = "throttled";
                retryAt = throttled.retryAt();
            } else if (exception instanceof DisabledException) {
                error = "disabled";
            } else {
                error = "credentials";
            }
            FlashMap map = new FlashMap();
            map.put("username", username == null ? "" : username.length() > 100 ? username.substring(0, 100) : username);
            if (retryAt != null) {
                map.put("retryAt", retryAt);
            }
            map.setTargetRequestPath("/sign-in");
            flash.saveOutputFlashMap(map, request, response);
            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + error);
        };
    }

    /** A request that carries a session cookie the server no longer knows. */
    static InvalidSessionStrategy expiredSession() {
        return (request, response) -> {
            request.getSession(true);
            if ("GET".equals(request.getMethod()) && AccessRules.isPublic(request)) {
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            } else {
                response.sendRedirect(request.getContextPath() + "/sign-in?expired");
            }
        };
    }

    static void pageForbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            request.setAttribute("openband.csrfRejected", Boolean.TRUE);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * 401 (no or wrong credentials, a refused API token) or 429 (sign-in paused after failures, with
     * {@code Retry-After}), as problem+json; the details come from messages.properties.
     */
    static AuthenticationEntryPoint apiEntryPoint(MessageSource messages) {
        return (request, response, e) -> {
            Locale locale = Locale.UK;
            if (e instanceof SignInThrottledException throttled) {
                long seconds = throttled.retryAfterSeconds();
                response.setHeader("Retry-After", Long.toString(seconds));
                problem(response, 429, "Too Many Requests",
                        messages.getMessage("api.auth.throttled", new Object[] {seconds}, locale), request.getRequestURI());
                return;
            }
            if (e instanceof ApiTokenFilter.Rejected rejected) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"OpenBand\", error=\"invalid_token\"");
                problem(response, 401, "Unauthorized", messages.getMessage(rejected.messageKey(), null, locale),
                        request.getRequestURI());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenBand\"");
            String detail = messages.getMessage(e instanceof DisabledException ? "api.auth.disabled" : "api.auth.required",
                    null, locale);
            problem(response, 401, "Unauthorized", detail, request.getRequestURI());
        };
    }

    static void apiForbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problem(response, 403, "Forbidden", "Your role does not allow this request.", request.getRequestURI());
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "about:blank", "title", title,
                "status", status, "detail", detail, "instance", instance)));
    }
}
