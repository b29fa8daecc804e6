package uk.openband.platform.web;

import java.sql.SQLException;

/** PostgreSQL refused text it cannot hold: a NUL in a string (22021) or in JSON (22P05). */
final class UnstorableText {

    private UnstorableText() {
    }

    static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
