package uk.openband.identity.internal;

import jakarta.validation.constraints.NotBlank;

/** The "reset a password" form. */
public class PasswordForm {

    static final java.util.List<String> FIELDS = java.util.List.of("password", "confirmation");

    @NotBlank(message = "{user.password.required}")
    private String password;

    @NotBlank(message = "{user.confirmation.required}")
    private String confirmation;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
