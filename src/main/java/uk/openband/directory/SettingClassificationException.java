package uk.openband.directory;

/** A category or host school that a setting cannot have; names the field and a message code. */
public class SettingClassificationException extends RuntimeException {

    private final String field;
    private final String code;

    public SettingClassificationException(String field, String code) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
