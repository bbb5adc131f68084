package io.grantflow.shared.problem;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are an overload (503, retry) and which stay incidents (500). */
class OverloadTest {

    /** An SQLException as Agroal's pool throws it: created inside io.agroal. */
    private static SQLException fromPool(String message) {
        SQLException e = new SQLException(message);
        e.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", "ConnectionPool.java", 1)});
        return e;
    }

    @Test
    void anExhaustedPoolIsAnOverloadHoweverDeeplyWrapped() {
        SQLException pool = fromPool("Sorry, acquisition timeout!");
        assertThat(Overload.causedBy(pool)).isTrue();
        assertThat(Overload.causedBy(new RuntimeException("engine", new PersistenceException("orm", pool)))).isTrue();
    }

    @Test
    void aNewConnectionThatDidNotArriveInTimeIsAnOverload() {
        // seen on CI: the pool was opening a connection for the request and the database took longer than the timeout
        SQLException slow = fromPool("Acquisition timeout while waiting for new connection");
        assertThat(Overload.causedBy(new PersistenceException("orm", slow))).isTrue();
    }

    @Test
    void aFullQueueIsAnOverload() {
        assertThat(Overload.causedBy(new IllegalStateException(new RejectedExecutionException("queue full")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(Overload.causedBy(fromPool("Exception while creating new connection"))).isFalse();
        assertThat(Overload.causedBy(new SQLException("Sorry, acquisition timeout!"))).as("not thrown by the pool").isFalse();
        assertThat(Overload.causedBy(new PersistenceException("constraint", new SQLException("duplicate key")))).isFalse();
        assertThat(Overload.causedBy(new NullPointerException())).isFalse();
    }
}
