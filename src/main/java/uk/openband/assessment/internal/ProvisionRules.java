package uk.openband.assessment.internal;

import java.math.BigDecimal;
import uk.openband.platform.web.input.MoneyInput;

/**
 * How a row of costed provision is read, the same on the details page and in the API: a type of support of at
 * most 200 characters ({@code assessment.provision.type}, {@code assessment.provision.typeLong}), hours a week a number from
 * 0 to 168 with at most 2 decimal places ({@code assessment.provision.hours}), the cost a week an amount of money by
 * the input kit's {@link MoneyInput} rules up to £999,999.99 ({@code assessment.provision.cost}); {@code {0}} of both
 * messages is the row's number from 1.
 */
public final class ProvisionRules {

    public static final BigDecimal HOURS_MAX = new BigDecimal("168");
    public static final BigDecimal COST_MAX = new BigDecimal("999999.99");
    public static final int SUPPORT_TYPE_MAX = 200;
    public static final String SUPPORT_TYPE = "assessment.provision.type";
    public static final String SUPPORT_TYPE_LONG = "assessment.provision.typeLong";
    public static final String HOURS = "assessment.provision.hours";
    public static final String COST = "assessment.provision.cost";

    private ProvisionRules() {
    }

    /** The hours, or null when blank or wrong. */
    public static BigDecimal hours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            return value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(HOURS_MAX) > 0
                    ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The cost in pounds and pence, or null when blank or wrong. */
    public static BigDecimal cost(String text) {
        return MoneyInput.check(text, MoneyInput.Rules.AMOUNT.max(COST_MAX)).amount();
    }
}
