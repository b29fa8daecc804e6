package uk.openband.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.identity.IdentityEvents;

/**
 * Counts failed sign-ins and locks an account after too many; clears the count on success;
 * writes sign-in successes, failures and lockouts to the audit log.
 */
@Component
class SignInListener {

    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInListener(UserAccountRepository users, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock,
            @Value("${openband.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${openband.security.lockout-duration:15m}") Duration lockout) {
        this.users = users;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** Form sign-in: the person signed in through the page. */
    @EventListener
    void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        tx.executeWithoutResult(s -> {
            users.findByUsernameIgnoreCase(username).ifPresent(u -> u.recordSignIn(clock.instant()));
            events.publishEvent(new IdentityEvents.SignedIn(username, "web"));
        });
    }

    /** Any successful authentication (also the API's HTTP Basic) clears a failure count. */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        tx.executeWithoutResult(s -> users.findByUsernameIgnoreCase(username)
                .filter(u -> u.getFailedSignIns() > 0)
                .ifPresent(u -> u.recordSignIn(clock.instant())));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = event.getAuthentication().getName();
        Exception cause = event.getException();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new IdentityEvents.SignInFailed(attempted, reason(cause)));
            if (cause instanceof BadCredentialsException) {
                Instant now = clock.instant();
                users.findByUsernameIgnoreCase(attempted == null ? "" : attempted.trim()).ifPresent(u -> {
                    if (u.recordFailedSignIn(now, maxFailures, lockout)) {
                        events.publishEvent(new IdentityEvents.AccountLocked(u.getUsername(), u.getFailedSignIns(),
                                u.getLockedUntil().toString()));
                    }
                });
            }
        });
    }

    private static String reason(Exception e) {
        if (e instanceof LockedException) {
            return "locked";
        }
        if (e instanceof DisabledException) {
            return "disabled";
        }
        if (e instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        return e.getClass().getSimpleName();
    }
}
