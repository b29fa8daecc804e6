package uk.openband.identity;

import uk.openband.platform.Text;
import uk.openband.platform.Refused;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.identity.internal.UserAccount;
import uk.openband.identity.internal.UserAccountRepository;
import uk.openband.identity.internal.SignInThrottle;

/** Manages the people who sign in to OpenBand: create, disable, enable, reset a password. */
@Service
@Transactional(readOnly = true)
public class UserManagement {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** The lengths of the display name and e-mail columns. */
    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MAX_EMAIL = 200;

    private final UserAccountRepository users;
    private final SettingDirectory settings;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInThrottle throttle;

    UserManagement(UserAccountRepository users, SettingDirectory settings, PasswordEncoder passwords,
            ApplicationEventPublisher events, Clock clock, SignInThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.settings = settings;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    public List<UserView> all() {
        Map<Long, String> settingNames = settings.openSettings().stream()
                .collect(Collectors.toMap(SettingSummary::id, SettingSummary::name));
        return users.findAll(Sort.by("username")).stream()
                .map(u -> view(u, id -> settingNames.getOrDefault(id, settings.find(id).map(SettingSummary::name).orElse(null))))
                .toList();
    }

    public Optional<UserView> find(long id) {
        return users.findById(id).map(u -> view(u, this::settingName));
    }

    public Optional<UserView> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(u -> view(u, this::settingName));
    }

    public boolean anyDemoUsers() {
        return users.countByDemoTrue() > 0;
    }

    /**
     * Creates a user. Demo users may have the short demo password; everyone else needs at least
     * {@value #MIN_PASSWORD_LENGTH} characters.
     */
    @Transactional
    public UserView create(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase();
        if (!username.matches("^[a-z0-9][a-z0-9._-]{1,59}$")) {
            throw new Refused("username", "user.username.format");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new Refused("username", "user.username.taken");
        }
        if (user.role() == null) {
            throw new Refused("role", "user.role.required");
        }
        if (user.role() == Role.SENCO) {
            if (user.settingId() == null || settings.find(user.settingId()).isEmpty()) {
                throw new Refused("settingId", "user.setting.required");
            }
        }
        String displayName = user.displayName() == null ? "" : user.displayName().trim();
        if (displayName.isEmpty()) {
            throw new Refused("displayName", "user.displayName.required");
        }
        Text.require("displayName", displayName, MAX_DISPLAY_NAME);
        Text.require("email", user.email(), MAX_EMAIL);
        if (!user.demo()) {
            checkPassword(user.password(), "password");
        }
        UserAccount saved = users.save(new UserAccount(username, displayName,
                blankToNull(user.email()), passwords.encode(user.password()), user.role(), user.settingId(),
                user.demo(), clock.instant()));
        events.publishEvent(new IdentityEvents.UserCreated(saved.getUsername(), saved.getRole(), saved.getSettingId()));
        return view(saved, this::settingName);
    }

    @Transactional
    public void disable(long id, String actingUsername) {
        UserAccount u = account(id);
        if (u.getUsername().equalsIgnoreCase(actingUsername)) {
            throw new Refused("user", "user.disable.self");
        }
        if (u.isEnabled()) {
            u.disable();
            events.publishEvent(new IdentityEvents.UserDisabled(u.getUsername()));
        }
    }

    @Transactional
    public void enable(long id) {
        UserAccount u = account(id);
        if (!u.isEnabled()) {
            u.enable();
            events.publishEvent(new IdentityEvents.UserEnabled(u.getUsername()));
        }
    }

    /** Sets a new password and forgets the username's failed sign-ins, so the person can sign in at once. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        checkPassword(newPassword, "password");
        UserAccount u = account(id);
        u.resetPassword(passwords.encode(newPassword));
        throttle.clearAccount(u.getUsername());
        events.publishEvent(new IdentityEvents.PasswordReset(u.getUsername()));
    }

    private static void checkPassword(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new Refused(field, "user.password.length", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 128) {
            throw new Refused(field, "user.password.long");
        }
    }

    private UserAccount account(long id) {
        return users.findById(id).orElseThrow(() -> new Refused("user", "user.missing"));
    }

    private String settingName(Long id) {
        return id == null ? null : settings.find(id).map(SettingSummary::name).orElse(null);
    }

    private UserView view(UserAccount u, Function<Long, String> settingName) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRole(),
                u.getSettingId(), u.getSettingId() == null ? null : settingName.apply(u.getSettingId()),
                u.isEnabled(), u.getLastSignedInAt(), u.isDemo());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
