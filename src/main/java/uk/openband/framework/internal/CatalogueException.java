package uk.openband.framework.internal;

import uk.openband.platform.Refused;

/**
 * A request about a catalogue version cannot be done; {@link #field()} names the input at
 * fault (for example {@code version} for a version string already used) and the message key says why.
 */
public class CatalogueException extends Refused {

    public CatalogueException(String field, String messageKey, Object... args) {
        super(java.util.List.of(new Problem(field, messageKey, args)), "state".equals(field));
    }

    /** {@code state}: refused because of what is already there, not the input (409 from the API). */
    protected CatalogueException(boolean state, String field, String messageKey, Object... args) {
        super(java.util.List.of(new Problem(field, messageKey, args)), state);
    }
}
