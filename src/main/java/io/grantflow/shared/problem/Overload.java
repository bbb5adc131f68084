package io.grantflow.shared.problem;

import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;

/**
 * Recognises the failures that mean "the service could not take this request in time", never a fault
 * of the request or a bug: the connection pool stayed exhausted for the whole acquisition timeout
 * (Agroal's {@code SQLException("Sorry, acquisition timeout!")}, often wrapped by Hibernate, JTA or the
 * workflow engine), a new connection the pool was opening did not arrive within that timeout (Agroal's
 * {@code "Acquisition timeout while waiting for new connection"}: a busy database is slow to accept
 * connections), or an executor's queue was full. Such a request wrote nothing: its transaction
 * never got a connection, so it rolled back with its Idempotency-Key, and the client may retry it.
 */
final class Overload {

    /** Agroal's message when no connection became free within {@code quarkus.datasource.jdbc.acquisition-timeout}. */
    static final String POOL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";

    /** Agroal's message when the connection it was opening for this request did not arrive within that timeout. */
    static final String NEW_CONNECTION_TIMEOUT = "Acquisition timeout while waiting for new connection";

    private static final String POOL_PACKAGE = "io.agroal.";

    private Overload() {
    }

    /** Whether {@code failure} or one of its causes is an overload. */
    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++) {
            if (cause instanceof SQLException sql && poolAcquisitionTimeout(sql)
                    || cause instanceof RejectedExecutionException) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    private static boolean poolAcquisitionTimeout(SQLException e) {
        if (e.getMessage() == null || !e.getMessage().startsWith(POOL_ACQUISITION_TIMEOUT)
                && !e.getMessage().startsWith(NEW_CONNECTION_TIMEOUT)) {
            return false;
        }
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 || trace[0].getClassName().startsWith(POOL_PACKAGE);
    }
}
