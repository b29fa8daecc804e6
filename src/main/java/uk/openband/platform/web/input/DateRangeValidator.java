package uk.openband.platform.web.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;

/** Checks {@link PastOrToday} against the application's clock. */
class DateRangeValidator implements ConstraintValidator<PastOrToday, DateInput> {

    private final InputMessages messages;
    private final Clock clock;
    private PastOrToday rule;

    DateRangeValidator(InputMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void initialize(PastOrToday annotation) {
        this.rule = annotation;
    }

    @Override
    public boolean isValid(DateInput input, ConstraintValidatorContext context) {
        LocalDate date = input == null ? null : input.toDate();
        LocalDate today = LocalDate.now(clock);
        if (date == null || date.isBefore(today) || !rule.strict() && date.isEqual(today)) {
            return true;
        }
        Violations.replace(context, messages.dateRange(rule.value(), rule.strict() ? "past" : "pastOrToday"));
        return false;
    }
}
