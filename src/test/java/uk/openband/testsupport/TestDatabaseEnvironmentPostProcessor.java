package uk.openband.testsupport;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * In tests, points every application context at {@link TestPostgres} (before the app's own
 * embedded database would start under ./data) and loads the demo data.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        TestPostgres db = TestPostgres.get();
        environment.getPropertySources().addFirst(new MapPropertySource("openbandTestDatabase", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
        environment.getPropertySources().addLast(new MapPropertySource("openbandTestDefaults", Map.of(
                "openband.demo", "true",
                "spring.thymeleaf.cache", "true",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN",
                "logging.level.uk.openband", "INFO")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
