package uk.openband.testsupport;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After every test method, and after every test class, puts the shared {@link MutableClock} back to the real
 * time: a test that sets the clock cannot leave its day to whichever test runs next. Registered in
 * {@code META-INF/spring.factories}.
 */
public class TestClockResetListener implements TestExecutionListener, Ordered {

    @Override
    public void afterTestMethod(TestContext testContext) {
        reset(testContext);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        reset(testContext);
    }

    private static void reset(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
