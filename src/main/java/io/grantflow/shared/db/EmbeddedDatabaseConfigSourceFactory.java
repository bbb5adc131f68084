package io.grantflow.shared.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;

/**
 * Decides, once per configuration, whether the service uses a configured PostgreSQL or an
 * embedded one. With {@code quarkus.datasource.jdbc.url} defined anywhere (typically the
 * environment variable {@code QUARKUS_DATASOURCE_JDBC_URL}) it adds nothing. Otherwise it adds
 * {@link EmbeddedDatabaseConfigSource}: demo mode in the running application (with the demo defaults of
 * {@link DemoDefaultsConfigSource}, such as listening on 127.0.0.1 only), a throw-away database in tests.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue(URL_KEY);
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            ConfigValue user = context.getValue("quarkus.datasource.username");
            boolean hasUser = (user != null && user.getValue() != null && !user.getValue().isBlank())
                    || url.getValue().contains("user=");
            if (!hasUser) {
                throw new IllegalStateException("Half-configured database: QUARKUS_DATASOURCE_JDBC_URL is set but "
                        + "QUARKUS_DATASOURCE_USERNAME is not. Set QUARKUS_DATASOURCE_USERNAME and "
                        + "QUARKUS_DATASOURCE_PASSWORD, or unset the URL to run in demo mode.");
            }
            return List.of();
        }
        boolean test = context.getProfiles().contains("test");
        ConfigValue dataDir = context.getValue(test ? "grantflow.test.data-dir" : "grantflow.data-dir");
        String directory = dataDir != null && dataDir.getValue() != null ? dataDir.getValue()
                : (test ? "target/embedded-postgres" : "data");
        EmbeddedDatabaseConfigSource database = new EmbeddedDatabaseConfigSource(
                test ? EmbeddedDatabase.Kind.TEST : EmbeddedDatabase.Kind.DEMO, directory);
        return test ? List.of(database) : List.of(database, new DemoDefaultsConfigSource());
    }
}
