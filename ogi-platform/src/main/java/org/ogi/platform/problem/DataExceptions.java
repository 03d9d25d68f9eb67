package org.ogi.platform.problem;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import org.hibernate.JDBCException;

/** Recognises PostgreSQL's data exceptions (SQLState class 22: invalid text, out-of-range values) in a cause chain. */
final class DataExceptions {

    private DataExceptions() {}

    static boolean isDataException(Throwable failure) {
        return dataException(failure) != null;
    }

    /** PostgreSQL's message without the statement, e.g. "invalid byte sequence for encoding "UTF8": 0x00". */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                return pg.getErrorMessage();
            }
        }
        return "the database refused it";
    }

    private static Throwable dataException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String state = t instanceof PgException pg
                    ? pg.getSqlState()
                    : t instanceof JDBCException jdbc
                            ? jdbc.getSQLState()
                            : t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && state.startsWith("22")) {
                return t;
            }
        }
        return null;
    }
}
