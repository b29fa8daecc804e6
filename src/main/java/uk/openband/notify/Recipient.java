package uk.openband.notify;

import java.util.Objects;
import uk.openband.identity.Role;

/** Who a notification goes to: an e-mail address and the role the person has (the log names only the role). */
public record Recipient(String email, Role role) {

    public Recipient {
        Objects.requireNonNull(role, "role");
        if (email == null || email.isBlank() || !email.contains("@") || email.strip().length() != email.length()) {
            throw new IllegalArgumentException("A notification needs the recipient's e-mail address, like "
                    + "name@school.example");
        }
    }
}
