package uk.openband.rollover;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A policy and its protections. {@code noLoss}: no agreement falls below its current amount.
 * {@code capPercent} (null for none): a change, up or down, is at most this percentage of the
 * current amount. The protections apply to whatever new amount the policy gives.
 */
public record RolloverOptions(RolloverPolicy policy, boolean noLoss, BigDecimal capPercent) {

    /** The largest cap that makes sense: a change of the whole current amount. */
    public static final BigDecimal MAX_CAP = BigDecimal.valueOf(100);

    public RolloverOptions {
        Objects.requireNonNull(policy, "policy");
        if (capPercent != null) {
            if (capPercent.signum() < 0 || capPercent.compareTo(MAX_CAP) > 0) {
                throw new IllegalArgumentException("cap must be from 0 to 100 per cent: " + capPercent);
            }
            if (capPercent.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("cap has at most two decimal places: " + capPercent);
            }
        }
    }

    public static RolloverOptions of(RolloverPolicy policy) {
        return new RolloverOptions(policy, false, null);
    }

    public boolean capped() {
        return capPercent != null;
    }
}
