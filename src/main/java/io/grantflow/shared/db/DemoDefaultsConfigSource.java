package io.grantflow.shared.db;

import io.quarkus.runtime.ExecutionMode;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Defaults of demo mode only, at an ordinal below application.properties (250), environment
 * variables (300) and system properties (400), so that any of them overrides: the demo service
 * listens on 127.0.0.1 (its users' passwords are their names) unless {@code QUARKUS_HTTP_HOST} says
 * otherwise. The pages sign the demo users in with a form ({@code grantflow.web.sign-in-mechanism=form})
 * instead of an identity provider, and the session cookies are not marked {@code Secure}
 * ({@code grantflow.web.secure-cookies=false}): the demo is served over plain HTTP on the loopback interface.
 * With a configured database this source does not exist and the service binds as configured (the Quarkus
 * default, all interfaces), signs in through the identity provider and marks its cookies {@code Secure}.
 */
public class DemoDefaultsConfigSource implements ConfigSource {

    static final String HTTP_HOST = "quarkus.http.host";
    static final String LOOPBACK = "127.0.0.1";
    static final String SIGN_IN_MECHANISM = "grantflow.web.sign-in-mechanism";
    static final String SECURE_COOKIES = "grantflow.web.secure-cookies";
    private static final Map<String, String> DEFAULTS = Map.of(HTTP_HOST, LOOPBACK, SIGN_IN_MECHANISM, "form",
            SECURE_COOKIES, "false");
    static final int ORDINAL = 50;

    @Override
    public Set<String> getPropertyNames() {
        return ExecutionMode.current() == ExecutionMode.UNSET ? Set.of() : DEFAULTS.keySet();
    }

    @Override
    public Map<String, String> getProperties() {
        return ExecutionMode.current() == ExecutionMode.UNSET ? Map.of() : DEFAULTS;
    }

    @Override
    public String getValue(String key) {
        return ExecutionMode.current() == ExecutionMode.UNSET ? null : DEFAULTS.get(key);
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
