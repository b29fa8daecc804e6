package uk.openband.identity.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.openband.identity.Role;

/** The "create a user" form. */
public class UserForm {

    static final java.util.List<String> FIELDS = java.util.List.of("username", "displayName", "email", "role",
            "settingId", "password");

    @NotBlank(message = "{user.username.required}")
    @Size(max = 60, message = "{user.username.format}")
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 120, message = "{user.displayName.long}")
    private String displayName;

    @Email(message = "{user.email.format}")
    @Size(max = 200, message = "{user.email.format}")
    private String email;

    @NotNull(message = "{user.role.required}")
    private Role role;

    private Long settingId;

    @NotBlank(message = "{user.password.required}")
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSettingId() {
        return settingId;
    }

    public void setSettingId(Long settingId) {
        this.settingId = settingId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
