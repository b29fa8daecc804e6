package uk.openband.identity;

import java.time.Instant;

/** A user as the admin pages and other modules see one. */
public record UserView(long id, String username, String displayName, String email, Role role, Long settingId,
        String settingName, boolean enabled, Instant lastSignedInAt,
        boolean demo) {
}
