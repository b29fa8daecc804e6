package uk.openband.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.identity.SignedInUser;

/** Loads the person signing in; a disabled account is refused once its password was right (see ThrottledSignIn). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount u = users.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getSettingId(),
                u.getPasswordHash(), u.isEnabled(), true);
    }
}
