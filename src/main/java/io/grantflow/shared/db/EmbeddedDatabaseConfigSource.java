package io.grantflow.shared.db;

import io.quarkus.runtime.ExecutionMode;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Answers the datasource settings for the embedded PostgreSQL, starting it lazily on the first
 * question asked while the application runs. During the build ({@link ExecutionMode#UNSET})
 * it answers nothing, so no database is started and no random port is baked into the build.
 */
public class EmbeddedDatabaseConfigSource implements ConfigSource {

    private static final Set<String> KEYS = Set.of(EmbeddedDatabaseConfigSourceFactory.URL_KEY,
            "quarkus.datasource.username", "quarkus.datasource.password");

    private final EmbeddedDatabase.Kind kind;
    private final String dataDirectory;

    EmbeddedDatabaseConfigSource(EmbeddedDatabase.Kind kind, String dataDirectory) {
        this.kind = kind;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public Set<String> getPropertyNames() {
        return ExecutionMode.current() == ExecutionMode.UNSET ? Set.of() : KEYS;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> values = new java.util.HashMap<>();
        for (String key : getPropertyNames()) {
            values.put(key, getValue(key));
        }
        return values;
    }

    @Override
    public String getValue(String key) {
        if (!KEYS.contains(key) || ExecutionMode.current() == ExecutionMode.UNSET) {
            return null;
        }
        return switch (key) {
            case EmbeddedDatabaseConfigSourceFactory.URL_KEY ->
                    EmbeddedDatabase.jdbcUrl(kind, Path.of(dataDirectory));
            case "quarkus.datasource.username" -> EmbeddedDatabase.USER;
            case "quarkus.datasource.password" -> "";
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "grantflow-embedded-postgresql";
    }
}
