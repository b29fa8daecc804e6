package uk.openband.platform.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, starts the embedded PostgreSQL before the
 * context needs a DataSource and hands Spring Boot an ordinary JDBC URL, so Hikari, Flyway, JPA
 * and Spring Session work exactly as they do against an external server. Demo data is switched
 * on by default in this mode.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabase.class);
    }

    public static final String SOURCE_NAME = "openbandEmbeddedDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("openband.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("openband.data-dir", "data"), "postgres");
        int port = environment.getProperty("openband.embedded-db.port", Integer.class, 0);
        boolean durable = environment.getProperty("openband.embedded-db.durable", Boolean.class, true);
        EmbeddedDatabase db = EmbeddedDatabase.startOrGet(dataDir, port, durable, log);

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.username());
        props.put("spring.datasource.password", "");
        props.put("openband.embedded-db.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
        if (!environment.containsProperty("openband.demo")) {
            environment.getPropertySources().addLast(
                    new MapPropertySource(SOURCE_NAME + "Defaults", Map.of("openband.demo", "true")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
