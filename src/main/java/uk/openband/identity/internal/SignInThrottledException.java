package uk.openband.identity.internal;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username or from this client address: try again at {@link #retryAt()}. */
class SignInThrottledException extends AuthenticationException {

    private final transient Instant retryAt;
    private final long retryAfterSeconds;

    SignInThrottledException(Instant retryAt, Instant now) {
        super("Too many failed sign-ins; try again later");
        this.retryAt = retryAt;
        long millis = java.time.Duration.between(now, retryAt).toMillis();
        this.retryAfterSeconds = Math.max(1, (millis + 999) / 1000);
    }

    Instant retryAt() {
        return retryAt;
    }

    /** Whole seconds until {@link #retryAt()}, rounded up, at least 1 (for {@code Retry-After}). */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
