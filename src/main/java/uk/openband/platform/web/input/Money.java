package uk.openband.platform.web.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text field that reads as an amount of money by {@link MoneyInput}: "£1,234.50", at most 2 decimal places,
 * not negative (nor £0 unless {@link #zero()}), at most {@link #max()}.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = MoneyValidator.class)
public @interface Money {

    /** The field's message prefix, for example {@code case.amount}. */
    String value();

    boolean required() default true;

    /** True when £0 is allowed. */
    boolean zero() default true;

    String max() default "9999999999.99";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
