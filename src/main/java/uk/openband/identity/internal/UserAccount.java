package uk.openband.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.openband.identity.Role;

/** A person who signs in. Failed sign-ins are counted by {@link SignInThrottle}, not here. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "setting_id")
    private Long settingId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Role role,
            Long settingId, boolean demo, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.settingId = role == Role.SENCO ? settingId : null;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public void recordSignIn(Instant now) {
        lastSignedInAt = now;
    }

    public void resetPassword(String newHash) {
        passwordHash = newHash;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getSettingId() {
        return settingId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }
}
