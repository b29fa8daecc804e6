package uk.openband.platform.web;

import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL refused text it cannot hold: a NUL in a string (22021) or in JSON (22P05), or text longer than its
 * column (22001). The last line behind the checks in front of the database: a 400 saying what is wrong, not a 500.
 */
final class UnstorableText {

    static final String TOO_LONG = "text.tooLongToKeep";

    private UnstorableText() {
    }

    /** The message key for the reason PostgreSQL refused the text, if that is why {@code e} happened. */
    static Optional<String> reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "22021", "22P05" -> {
                        return Optional.of(uk.openband.platform.Text.CONTROL_CHARACTERS);
                    }
                    case "22001" -> {
                        return Optional.of(TOO_LONG);
                    }
                    default -> {
                    }
                }
            }
        }
        return Optional.empty();
    }
}
