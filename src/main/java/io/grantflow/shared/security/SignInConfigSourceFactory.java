package io.grantflow.shared.security;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of the web sign-in that follow from others, at an ordinal below application.properties, the
 * environment and system properties (so any of them overrides):
 * <ul>
 * <li>the OpenID Connect sign-in ({@code quarkus-oidc}'s default tenant) is on exactly when an identity
 * provider is configured ({@code GRANTFLOW_OIDC_AUTH_SERVER_URL} or {@code QUARKUS_OIDC_AUTH_SERVER_URL}):
 * without one the service starts and serves the API and the public pages, and nobody can sign in on
 * the pages except the demo users in demo mode, and a page that needs a signed-in person sends to the sign-in
 * page ({@code grantflow.web.sign-in-mechanism=form}) rather than to a provider;</li>
 * <li>the key that encrypts the demo sign-in's session cookie, when none is configured, is random for
 * this JVM (kept across dev-mode reloads): demo sessions end with the service, and Quarkus never logs a
 * generated key.</li>
 * </ul>
 */
public class SignInConfigSourceFactory implements ConfigSourceFactory {

    static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";
    static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
    static final String SIGN_IN_MECHANISM = "grantflow.web.sign-in-mechanism";
    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";
    private static final String GENERATED_KEY_PROPERTY = "grantflow.generated-session-key";
    static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of(); // the build: nothing here is a build-time setting
        }
        Map<String, String> derived = new HashMap<>();
        if (blank(context.getValue(AUTH_SERVER_URL))) {
            derived.put(TENANT_ENABLED, "false");
            // pages that need a signed-in person send to the sign-in page (which says why nobody can sign in)
            derived.put(SIGN_IN_MECHANISM, "form");
        }
        if (blank(context.getValue(SESSION_KEY))) {
            derived.put(SESSION_KEY, generatedKey());
        }
        return List.of(new MapBackedConfigSource("grantflow-sign-in-defaults", derived, ORDINAL) {
        });
    }

    private static boolean blank(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank();
    }

    private static synchronized String generatedKey() {
        String key = System.getProperty(GENERATED_KEY_PROPERTY);
        if (key == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            key = Base64.getEncoder().encodeToString(bytes);
            System.setProperty(GENERATED_KEY_PROPERTY, key);
        }
        return key;
    }
}
