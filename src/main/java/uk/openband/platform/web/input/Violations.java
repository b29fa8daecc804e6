package uk.openband.platform.web.input;

import jakarta.validation.ConstraintValidatorContext;

/** Puts a message already read from {@code messages.properties} on a constraint violation, as literal text. */
final class Violations {

    private Violations() {
    }

    static void replace(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
    }

    /** Bean Validation reads braces, dollars and backslashes in a template; these are text. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
