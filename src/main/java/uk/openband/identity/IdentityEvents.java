package uk.openband.identity;

import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** The events the identity module publishes; the audit log records each. */
public final class IdentityEvents {

    private IdentityEvents() {
    }

    public record SignedIn(String username, String channel) implements AuditableEvent {
        public String action() { return "SIGN_IN_SUCCEEDED"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return username; }
        public String actor() { return username; }
        public Map<String, Object> details() { return Map.of("channel", channel); }
    }

    public record SignInFailed(String attemptedUsername, String reason) implements AuditableEvent {
        public String action() { return "SIGN_IN_FAILED"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return attemptedUsername; }
        public String actor() { return attemptedUsername == null || attemptedUsername.isBlank() ? "anonymous" : attemptedUsername; }
        public Map<String, Object> details() { return Map.of("reason", reason); }
    }

    /**
     * Sign-in with a username (scope ACCOUNT, subject the username tried, whether or not it exists) or from a
     * client address (scope ADDRESS) is paused until the given time after too many failures in a row.
     */
    public record SignInThrottled(String scope, String subject, int failures, String until) implements AuditableEvent {
        public String action() { return "SIGN_IN_THROTTLED"; }
        public String subjectType() { return "ACCOUNT".equals(scope) ? "USER" : "CLIENT_ADDRESS"; }
        public String subjectId() { return subject; }
        public String actor() { return "system"; }
        public Map<String, Object> details() { return Map.of("failures", failures, "blockedUntil", until); }
    }

    public record ApiTokenCreated(String username, long tokenId, String name, String expiresAt) implements AuditableEvent {
        public String action() { return "API_TOKEN_CREATED"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return username; }
        public Map<String, Object> details() { return Map.of("tokenId", tokenId, "name", name, "expiresAt", expiresAt); }
    }

    public record ApiTokenRevoked(String username, long tokenId, String name) implements AuditableEvent {
        public String action() { return "API_TOKEN_REVOKED"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return username; }
        public Map<String, Object> details() { return Map.of("tokenId", tokenId, "name", name); }
    }

    public record UserCreated(String username, Role role, Long settingId) implements AuditableEvent {
        public String action() { return "USER_CREATED"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return username; }
        public Map<String, Object> details() {
            return settingId == null ? Map.of("role", role.name()) : Map.of("role", role.name(), "settingId", settingId);
        }
    }

    public record UserDisabled(String username) implements AuditableEvent {
        public String action() { return "USER_DISABLED"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return username; }
    }

    public record UserEnabled(String username) implements AuditableEvent {
        public String action() { return "USER_ENABLED"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return username; }
    }

    public record PasswordReset(String username) implements AuditableEvent {
        public String action() { return "PASSWORD_RESET"; }
        public String subjectType() { return "USER"; }
        public String subjectId() { return username; }
    }
}
