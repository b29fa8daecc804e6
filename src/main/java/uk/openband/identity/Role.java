package uk.openband.identity;

/** What a person does in OpenBand; each user has one. */
public enum Role {
    SENCO("SENCO"),
    CASE_OFFICER("Case officer"),
    PANEL_MEMBER("Panel member"),
    SEND_MANAGER("SEND manager"),
    FINANCE_OFFICER("Finance officer"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, {@code ROLE_} + name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
