package io.grantflow.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The engine's configuration (the extension picks up this bean; the settings themselves come from
 * {@code quarkus.camunda.*} in application.properties). It serialises the engine's start across the
 * nodes of one database: the engine creates its {@code ACT_*} tables when they are missing
 * ({@code database-schema-update=true}), and two nodes doing that at the same moment on an empty
 * database collide ({@code duplicate key value violates unique constraint "pg_type_typname_nsp_index"})
 * and one of them fails to start. Each node therefore builds its engine while holding a PostgreSQL
 * session advisory lock: the first creates the tables, the others wait a few seconds and find them
 * there. The lock is released when the engine is built, or with the connection when the node dies.
 * Flyway's migrations of the application's schema take their own lock (docs/operations.md).
 */
@Singleton
public class EngineConfiguration extends QuarkusProcessEngineConfiguration {

    private static final Logger LOG = Logger.getLogger(EngineConfiguration.class);
    /**
     * The advisory lock key of the engine's start: "gfEngine" in ASCII. Flyway's keys are derived
     * from 77431 and its history table, so they never meet this one.
     */
    static final long ENGINE_START_LOCK = 0x6766456E67696E65L;

    /** Tries to get the lock's connection: a database slow to accept connections at start is waited for. */
    static final int CONNECTION_ATTEMPTS = 10;

    @Override
    public ProcessEngine buildProcessEngine() {
        try (Connection lock = connection()) {
            lock.setAutoCommit(true);
            if (!tryLock(lock)) {
                LOG.info("Another node is starting its workflow engine on this database; waiting for it");
                lock(lock);
            }
            try {
                return super.buildProcessEngine();
            } finally {
                unlock(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the workflow engine's start lock is not available", e);
        }
    }

    /**
     * A connection of the pool. Its acquisition timeout is short (requests answer 503 rather than wait),
     * and a loaded machine may need longer for the first connections of a start: try again, a while.
     */
    private Connection connection() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return getDataSource().getConnection();
            } catch (SQLException e) {
                if (attempt == CONNECTION_ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("No database connection for the workflow engine's start lock yet (%s); attempt %d of %d",
                        e.getMessage(), attempt + 1, CONNECTION_ATTEMPTS);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            s.setLong(1, ENGINE_START_LOCK);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_lock(?)")) {
            s.setLong(1, ENGINE_START_LOCK);
            s.execute();
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?)")) {
            s.setLong(1, ENGINE_START_LOCK);
            s.execute();
        }
    }
}
