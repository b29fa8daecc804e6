package uk.openband.platform.web.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link DateInput} that, when it reads, is today or earlier by the application's clock; {@link #strict()}
 * excludes today ("must be in the past"). A date that does not read is left to {@link ValidDate}.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = DateRangeValidator.class)
public @interface PastOrToday {

    /** The field's message prefix; messages {@code <value>.pastOrToday} or {@code <value>.past}. */
    String value();

    /** True for "in the past" (not today). */
    boolean strict() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
