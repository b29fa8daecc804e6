package uk.openband.identity;

/** What it takes to create a user. The password is the initial one, in plain text, hashed before it is stored. */
public record NewUser(String username, String displayName, String email, Role role, Long settingId,
        String password, boolean demo) {
}
