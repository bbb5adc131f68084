package io.grantflow.shared.db;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whatever type the JDBC driver and Hibernate chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column as an instant (null stays null). */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
