package io.grantflow.notifications.mail;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;

/**
 * Adds {@link EmbeddedMailConfigSource} when the service runs on the embedded database (demo mode, tests:
 * no {@code quarkus.datasource.jdbc.url}) and no SMTP host is configured. In production the Mailer reads
 * {@code QUARKUS_MAILER_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}, {@code _FROM} and
 * {@code _START_TLS} from the environment (docs/operations.md).
 */
public class EmbeddedMailConfigSourceFactory implements ConfigSourceFactory {

    /** The name of shared.db.EmbeddedDatabaseConfigSource (shared depends on no feature, so by name). */
    static final String EMBEDDED_DATABASE_SOURCE = "grantflow-embedded-postgresql";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (databaseConfigured(context) || configured(context, EmbeddedMailConfigSource.HOST)) {
            return List.of();
        }
        return List.of(new EmbeddedMailConfigSource());
    }

    /** A database of the operator's, not the embedded one of demo mode and tests (which a config source supplies). */
    private static boolean databaseConfigured(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        return url != null && url.getValue() != null && !url.getValue().isBlank()
                && !EMBEDDED_DATABASE_SOURCE.equals(url.getConfigSourceName());
    }

    /** Set by someone (a file, the environment), not an extension's default value ({@code localhost} for the host). */
    private static boolean configured(ConfigSourceContext context, String key) {
        ConfigValue value = context.getValue(key);
        return value != null && value.getValue() != null && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}
