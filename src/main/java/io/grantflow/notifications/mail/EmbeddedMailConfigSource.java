package io.grantflow.notifications.mail;

import io.quarkus.runtime.ExecutionMode;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Points Quarkus Mailer at the embedded SMTP server in demo mode and tests, starting it lazily on the first
 * question asked while the application runs (never during the build), and switches the Mailer's mock off so
 * that mail really goes over SMTP. Below application.properties, so a configured {@code quarkus.mailer.*} wins.
 */
public class EmbeddedMailConfigSource implements ConfigSource {

    static final String HOST = "quarkus.mailer.host";
    static final String PORT = "quarkus.mailer.port";
    private static final Set<String> KEYS = Set.of(HOST, PORT, "quarkus.mailer.mock",
            "quarkus.mailer.start-tls", "quarkus.mailer.tls");

    @Override
    public Set<String> getPropertyNames() {
        return ExecutionMode.current() == ExecutionMode.UNSET ? Set.of() : KEYS;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> values = new HashMap<>();
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
            case HOST -> "127.0.0.1";
            case PORT -> String.valueOf(EmbeddedMailServer.port());
            case "quarkus.mailer.mock" -> "false";
            case "quarkus.mailer.start-tls" -> "DISABLED";
            case "quarkus.mailer.tls" -> "false";
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "grantflow-embedded-mail";
    }
}
