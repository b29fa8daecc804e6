package uk.openband.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Gives a test class a fresh PostgreSQL database of its own (migrated and loaded with the demo data like the
 * shared one) and so an application context of its own, closed after the class.
 *
 * <p>For tests of what acts on the whole authority at once, which no setting or pupil of the test's own can
 * fence off: a roll-over supersedes every agreement in force, a moderation sample draws from every decision of
 * a month. In the shared database they would have to claim dates no other test uses; with their own they use
 * ordinary dates. Each such class costs one application start, so use it only for those.
 * See {@link OwnDatabaseContextCustomizerFactory}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface OwnDatabase {
}
