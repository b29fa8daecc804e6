package uk.openband.platform.web.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidDate}: the message comes from {@link InputMessages}. */
class DateInputValidator implements ConstraintValidator<ValidDate, DateInput> {

    private final InputMessages messages;
    private ValidDate rule;

    DateInputValidator(InputMessages messages) {
        this.messages = messages;
    }

    @Override
    public void initialize(ValidDate annotation) {
        this.rule = annotation;
    }

    @Override
    public boolean isValid(DateInput input, ConstraintValidatorContext context) {
        DateCheck check = (input == null ? new DateInput() : input).check();
        if (check.ok() || check.problem() == DateCheck.Problem.REQUIRED && !rule.required()) {
            return true;
        }
        Violations.replace(context, messages.date(rule.value(), check));
        return false;
    }
}
