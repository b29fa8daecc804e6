package uk.openband.platform.web.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Money}. */
class MoneyValidator implements ConstraintValidator<Money, String> {

    private final InputMessages messages;
    private MoneyInput.Rules rules;
    private String prefix;

    MoneyValidator(InputMessages messages) {
        this.messages = messages;
    }

    @Override
    public void initialize(Money annotation) {
        this.rules = new MoneyInput.Rules(annotation.required(), annotation.zero(), new BigDecimal(annotation.max()));
        this.prefix = annotation.value();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        MoneyInput.Check check = MoneyInput.check(text, rules);
        if (check.ok()) {
            return true;
        }
        Violations.replace(context, messages.money(prefix, check.problem(), rules.max()));
        return false;
    }
}
