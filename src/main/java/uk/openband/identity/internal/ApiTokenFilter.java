package uk.openband.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <API token>}: the request acts as the token's user, with their role and setting.
 * A token that is unknown, expired or revoked, or whose user is disabled, is answered 401 at once (no fallback to
 * another way of signing in). Requests without a bearer token pass through untouched (HTTP Basic, sessions).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    /** A bearer token was sent and refused; {@code messageKey} says why (the problem's detail). */
    static final class Rejected extends AuthenticationException {
        private final String messageKey;

        Rejected(String messageKey) {
            super("API token refused: " + messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        ApiTokens.Check check = tokens.authenticate(header.substring(7).strip());
        if (!check.ok()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new Rejected(check.refusal()));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(check.user(), null,
                check.user().getAuthorities()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
