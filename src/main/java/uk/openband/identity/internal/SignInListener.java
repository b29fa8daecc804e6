package uk.openband.identity.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.identity.IdentityEvents;

/** Records successful sign-ins and writes sign-in successes and failures to the audit log. */
@Component
class SignInListener {

    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SignInListener(UserAccountRepository users, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.users = users;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
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

    /** Failures are counted by {@link SignInThrottle}; here they are audited. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = event.getAuthentication().getName();
        Exception cause = event.getException();
        tx.executeWithoutResult(s -> events.publishEvent(new IdentityEvents.SignInFailed(
                attempted == null || attempted.length() <= 100 ? attempted : attempted.substring(0, 100), reason(cause))));
    }

    private static String reason(Exception e) {
        if (e instanceof SignInThrottledException) {
            return "throttled";
        }
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
