package uk.openband.framework.scoring;

/** The kinds of setting a banding table distinguishes. */
public enum SettingCategory {
    MAINSTREAM("Mainstream"),
    RESOURCED_PROVISION("Resourced provision or unit"),
    SPECIAL("Special school"),
    ALTERNATIVE_PROVISION("Alternative provision"),
    EARLY_YEARS("Early years"),
    POST_16("Post-16");

    private final String label;

    SettingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
