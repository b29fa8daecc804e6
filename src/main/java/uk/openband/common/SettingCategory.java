package uk.openband.common;

/** The kind of setting a child is placed in; each has its own bands. */
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

    /** Human label, for example "Resourced provision or unit". */
    public String label() {
        return label;
    }

    /** The label for use inside a sentence ("for special school"). */
    public String labelInSentence() {
        return label.toLowerCase(java.util.Locale.ROOT);
    }
}
