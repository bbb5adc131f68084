package io.grantflow.shared.db;

import io.quarkus.runtime.ExecutionMode;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Defaults of demo mode only, at an ordinal below application.properties (250), environment
 * variables (300) and system properties (400), so that any of them overrides: the demo service
 * listens on 127.0.0.1 (its users' passwords are their names) unless {@code QUARKUS_HTTP_HOST} says
 * otherwise. With a configured database this source does not exist and the service binds as
 * configured (the Quarkus default, all interfaces).
 */
public class DemoDefaultsConfigSource implements ConfigSource {

    static final String HTTP_HOST = "quarkus.http.host";
    static final String LOOPBACK = "127.0.0.1";
    static final int ORDINAL = 50;

    @Override
    public Set<String> getPropertyNames() {
        return ExecutionMode.current() == ExecutionMode.UNSET ? Set.of() : Set.of(HTTP_HOST);
    }

    @Override
    public Map<String, String> getProperties() {
        return ExecutionMode.current() == ExecutionMode.UNSET ? Map.of() : Map.of(HTTP_HOST, LOOPBACK);
    }

    @Override
    public String getValue(String key) {
        return HTTP_HOST.equals(key) && ExecutionMode.current() != ExecutionMode.UNSET ? LOOPBACK : null;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "grantflow-demo-defaults";
    }
}
