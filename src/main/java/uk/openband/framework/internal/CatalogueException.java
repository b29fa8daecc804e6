package uk.openband.framework.internal;

/**
 * A request about a catalogue version cannot be done; {@link #field()} names the input at
 * fault (for example {@code version} for a version string already used).
 */
public class CatalogueException extends RuntimeException {

    private final String field;

    public CatalogueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
