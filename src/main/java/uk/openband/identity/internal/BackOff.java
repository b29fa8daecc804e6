package uk.openband.identity.internal;

import java.time.Duration;

/**
 * Exponential back-off: the first {@code freeFailures} failures cost nothing; failure number
 * {@code freeFailures + k} (k = 0, 1, 2, …) blocks further attempts for {@code firstDelay × 2^k}, never more
 * than {@code maxDelay}.
 */
record BackOff(int freeFailures, Duration firstDelay, Duration maxDelay) {

    BackOff {
        if (freeFailures < 0 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("free failures >= 0 and 0 < first delay <= max delay");
        }
    }

    /** How long to block after the given number of failures in a row (zero: not blocked). */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        // firstDelay × 2^doublings, stopping as soon as it reaches maxDelay (so nothing overflows).
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
