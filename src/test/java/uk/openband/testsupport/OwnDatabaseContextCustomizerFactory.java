package uk.openband.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the application context of a test class marked {@link OwnDatabase} at a database created for it on the
 * tests' PostgreSQL server ({@link TestPostgres#newDatabase(String)}). The customizer is keyed by the class, so
 * no other class shares that context. Registered in {@code META-INF/spring.factories}.
 */
public class OwnDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, OwnDatabase.class) ? new Customizer(testClass)
                : null;
    }

    private record Customizer(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            TestPostgres server = TestPostgres.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("openbandOwnDatabase",
                    Map.of("spring.datasource.url", server.newDatabase(testClass.getSimpleName()),
                            "spring.datasource.username", server.username(),
                            "spring.datasource.password", server.password())));
        }
    }
}
