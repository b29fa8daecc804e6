package uk.openband.framework.internal;

/** That version of that key already exists; a version string is never reused. */
public class DuplicateVersionException extends CatalogueException {

    public DuplicateVersionException(String version, String key) {
        super(true, "version", "framework.refused.duplicateVersion", version, key);
    }
}
