package io.grantflow.audit.application;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells the database who acts (the setting {@code grantflow.actor} the audit trigger records): each time
 * a connection is taken from the pool — once per transaction, since a transaction keeps its connection —
 * it is set to the authenticated user of the request, or {@code system} (the workflow engine's job
 * executor, start-up, anonymous requests).
 * <p>
 * This runs when the connection is acquired, not when the transaction begins: a failure here (the pool
 * could not give a connection in time) then surfaces from the statement that needed the connection and
 * is answered 503 {@code overloaded}, instead of failing the transaction's begin, which left the
 * transaction associated with the worker thread for the next request.
 */
@ApplicationScoped
public class AuditActor implements AgroalPoolInterceptor {

    public static final String SYSTEM = "system";

    /** Set while a connection is taken for the system itself (e.g. while an identity is being established). */
    private static final ThreadLocal<Boolean> AS_SYSTEM = new ThreadLocal<>();

    @Inject
    CurrentIdentityAssociation identities;

    /** Takes a connection on behalf of the system, without asking who the request's user is. */
    public static <T> T asSystem(SqlSupplier<T> action) throws SQLException {
        AS_SYSTEM.set(Boolean.TRUE);
        try {
            return action.get();
        } finally {
            AS_SYSTEM.remove();
        }
    }

    @FunctionalInterface
    public interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (PreparedStatement s = connection.prepareStatement("select set_config('grantflow.actor', ?, false)")) {
            s.setString(1, actor());
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the acting user on the connection", e);
        }
    }

    private String actor() {
        if (AS_SYSTEM.get() != null || !Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try {
            SecurityIdentity identity = identities.getIdentity();
            return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
