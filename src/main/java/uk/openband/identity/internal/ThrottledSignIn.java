package uk.openband.identity.internal;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (the page and the API's HTTP Basic), throttled by {@link SignInThrottle}.
 *
 * <ul>
 * <li>A blocked username or client address is refused with {@link SignInThrottledException} before the password
 * is checked, the same way whether or not the user exists.</li>
 * <li>A wrong password, or an unknown username, counts one failure against both.</li>
 * <li>Whether an account is disabled is said only after its password was right, so that the answers to a wrong
 * password never tell which usernames exist.</li>
 * </ul>
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object password = authentication.getCredentials();
        if (username == null || username.isBlank() || password == null || password.toString().isEmpty()) {
            throw new BadCredentialsException("Missing username or password");
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        SignInThrottle.Check check = throttle.check(username, address);
        if (check.blocked()) {
            throw new SignInThrottledException(check.blockedUntil(), check.checkedAt());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
        if (check.accountCounted()) {
            throttle.clearAccount(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
