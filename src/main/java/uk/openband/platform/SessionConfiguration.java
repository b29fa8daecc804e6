package uk.openband.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in PostgreSQL; the browser holds only this cookie.
 *
 * <ul>
 * <li>A session attribute is stored with an upsert ({@code INSERT … ON CONFLICT … DO UPDATE}), so that parallel
 * first requests on a new session that each add the same attribute (the CSRF token) do not collide.</li>
 * <li>A session is written only when something in it changed; its last-access time at most once per
 * {@code openband.session.last-access-write-interval} (see {@link QuietSessionRepository}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String COOKIE = "OPENBAND_SESSION";

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionAttributeUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Outside Spring Session's filter: after every request, forget the session saved on this thread, so that
     * only the same request's validity check can reuse it (see {@link QuietSessionRepository}).
     */
    @Bean
    FilterRegistrationBean<Filter> forgetSavedSession() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                QuietSessionRepository.forgetSaved();
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    static BeanPostProcessor quietSessions() {
        return new QuietSessions();
    }

    /** Puts {@link QuietSessionRepository} in front of Spring Session's JDBC repository, once it is configured. */
    static final class QuietSessions implements BeanPostProcessor, EnvironmentAware {

        private Duration timeout = Duration.ofMinutes(30);
        private Duration quietPeriod = Duration.ofMinutes(1);

        @Override
        public void setEnvironment(Environment environment) {
            Binder binder = Binder.get(environment);
            timeout = binder.bind("server.servlet.session.timeout", Duration.class).orElse(timeout);
            quietPeriod = binder.bind("openband.session.last-access-write-interval", Duration.class).orElse(quietPeriod);
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                // The stored last access can be up to one quiet period behind the last request.
                jdbc.setDefaultMaxInactiveInterval(timeout.plus(quietPeriod));
                return new QuietSessionRepository(jdbc, quietPeriod);
            }
            return bean;
        }
    }
}
