package uk.openband.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last rule: a request that reaches a controller but matched no rule in {@link AccessRules}
 * is denied; a request for an address nothing serves is let through so that it gets the
 * ordinary "page not found" rather than a misleading "no access".
 */
@Component
class UnmappedRequests implements AuthorizationManager<RequestAuthorizationContext> {

    private final ApplicationContext context;
    private volatile RequestMappingHandlerMapping mapping;

    UnmappedRequests(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(!servedByController(context.getRequest()));
    }

    private boolean servedByController(HttpServletRequest request) {
        if (mapping == null) {
            mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        }
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception e) {
            // A path that matches with another method, or anything unexpected: treat as served, so denied.
            return true;
        }
    }
}
