package io.grantflow.shared.db;

import org.hibernate.exception.ConstraintViolationException;

import java.sql.SQLException;

/**
 * Whether a persistence failure is a unique constraint the database refused (SQL state 23505),
 * optionally a named one. Anything else (a numeric overflow, a check or not-null constraint) is not a
 * clash with an existing row and must not be reported as one.
 */
public final class UniqueViolation {

    /** PostgreSQL's SQL state for {@code unique_violation}. */
    public static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** True when {@code failure} (or a cause) is a unique violation of {@code constraint} (any, if null). */
    public static boolean of(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c
                    && (c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                    || SQL_STATE.equals(c.getSQLState()))) {
                return constraint == null || constraint.equalsIgnoreCase(c.getConstraintName());
            }
            if (t instanceof SQLException s && SQL_STATE.equals(s.getSQLState())) {
                return constraint == null || s.getMessage() != null && s.getMessage().contains("\"" + constraint + "\"");
            }
        }
        return false;
    }
}
