package uk.openband.testsupport;

import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a {@link MutableClock} as its primary {@code Clock}, in the zone the
 * application is configured with, so every test context (and so the one context the tests share) looks the
 * same and any test can set the time. Registered in {@code META-INF/spring.factories}.
 */
public class TestClockContextCustomizerFactory implements ContextCustomizerFactory {

    /** The bean's name; it is primary, so every {@code Clock} injected by type is this one. */
    public static final String BEAN_NAME = "testClock";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            if (!(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)) {
                return;
            }
            RootBeanDefinition clock = new RootBeanDefinition(MutableClock.class, () -> new MutableClock(
                    ZoneId.of(context.getEnvironment().getRequiredProperty("openband.time-zone"))));
            clock.setPrimary(true);
            registry.registerBeanDefinition(BEAN_NAME, clock);
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
