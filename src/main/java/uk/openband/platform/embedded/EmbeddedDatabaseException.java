package uk.openband.platform.embedded;

/** The embedded database could not start; the message is one sentence saying why and what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
