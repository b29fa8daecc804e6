package uk.openband.framework.internal;

/** No version with that id or key and version. */
public class VersionNotFoundException extends RuntimeException {

    public VersionNotFoundException(String what) {
        super("There is no " + what);
    }
}
