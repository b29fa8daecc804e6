package uk.openband.casework.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseSummary;
import uk.openband.casework.internal.BlindModerationGuard;
import uk.openband.platform.web.PathIds;

/**
 * Keeps a blind re-score blind beyond the case page: the request's pages and API ({@code /assessments/{id}...},
 * {@code /api/v1/assessments/{id}...}) and the panel's page for the case ({@code /panels/{m}/cases/{id}...})
 * show the levels too, so they are refused the same way while the person's re-score of that case is open.
 */
@Configuration
class BlindModerationInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern ASSESSMENT = Pattern.compile("^/(api/v1/)?assessments/(\\d+)(/.*)?$");
    private static final Pattern PANEL_CASE = Pattern.compile("^/panels/\\d+/cases/(\\d+)(/.*)?$");

    private final CaseQueries cases;
    private final BlindModerationGuard guard;

    BlindModerationInterceptor(CaseQueries cases, BlindModerationGuard guard) {
        this.cases = cases;
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(List.of("/assessments/*", "/assessments/*/**",
                "/api/v1/assessments/*", "/api/v1/assessments/*/**", "/panels/*/cases/*", "/panels/*/cases/*/**"));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Principal who = request.getUserPrincipal();
        if (who == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<CaseSummary> c = Optional.empty();
        Matcher m = ASSESSMENT.matcher(path);
        if (m.matches()) {
            c = PathIds.id(m.group(2)).flatMap(cases::forAssessment);
        } else {
            Matcher p = PANEL_CASE.matcher(path);
            if (p.matches()) {
                c = PathIds.id(p.group(1)).flatMap(cases::summary);
            }
        }
        if (c.isPresent()) {
            guard.check(c.get().id(), c.get().reference(), who.getName());
        }
        return true;
    }
}
