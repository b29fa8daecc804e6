package uk.openband.platform.web.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link DateInput} that reads as a real date (and is given, unless {@link #required()} is false). Its
 * message is the field's own {@code <value>.<code>} or the Design System's wording with the field's name
 * ({@link InputMessages}).
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = DateInputValidator.class)
public @interface ValidDate {

    /** The field's message prefix, for example {@code pupil.dateOfBirth}. */
    String value();

    boolean required() default true;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
