package uk.openband.framework.internal;

import uk.openband.platform.NotFound;

/** No version with that id or key and version. */
public class VersionNotFoundException extends NotFound {

    public VersionNotFoundException(String messageKey, Object id) {
        super(messageKey, id);
    }
}
