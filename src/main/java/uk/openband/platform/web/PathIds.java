package uk.openband.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;

/**
 * Ids in addresses, checked once for every request before any other interceptor or controller reads them: a
 * {@code long} path variable must be a positive whole number that fits a {@code long} (1 to
 * 9223372036854775807). Anything else (too big, negative, zero, not a number) is the ordinary "page not
 * found" on pages and a 400 problem+json naming the parameter from the API ({@code @RestController}s).
 * {@link #id(String)} reads such an id for code that looks at the address itself.
 */
@Configuration(proxyBeanMethods = false)
public class PathIds implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,18}");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || variables.isEmpty()) {
            return true;
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            Class<?> type = parameter.getParameterType();
            if (path == null || (type != long.class && type != Long.class)) {
                continue;
            }
            String name = StringUtils.hasText(path.name()) ? path.name() : parameter.getParameterName();
            String value = variables.get(name);
            if (value != null && id(value).isEmpty()) {
                throw refusal(method, name);
            }
        }
        return true;
    }

    /** The id an address gives, when it is a positive whole number that fits a {@code long}. */
    public static Optional<Long> id(String text) {
        if (text == null || !POSITIVE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A page: nothing there (404). The API: the parameter is wrong (400, naming it). */
    static RuntimeException refusal(HandlerMethod method, String name) {
        if (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
            return new Refused(name, "platform.refused.pathId", name);
        }
        return new NotFound("platform.notFound.page");
    }
}
