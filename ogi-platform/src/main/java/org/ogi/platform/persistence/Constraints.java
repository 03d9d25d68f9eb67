package org.ogi.platform.persistence;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises a failure as the violation of one named database constraint, by its name rather than its text. */
public final class Constraints {

    private Constraints() {}

    /** True if {@code failure} or one of its causes is the violation of {@code constraint}. */
    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
            if (t instanceof PgException pg && constraint.equals(pg.getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
