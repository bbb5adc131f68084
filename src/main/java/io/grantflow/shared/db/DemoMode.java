package io.grantflow.shared.db;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Demo mode: no database was configured, so the service runs on the embedded demo PostgreSQL
 * with demo data and demo users. Decided at run time from which database is actually in use;
 * no property can switch it on while a database is configured.
 */
@ApplicationScoped
public class DemoMode {

    public boolean active() {
        return EmbeddedDatabase.running().filter(k -> k == EmbeddedDatabase.Kind.DEMO).isPresent();
    }
}
