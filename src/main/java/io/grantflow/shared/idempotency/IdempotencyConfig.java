package io.grantflow.shared.idempotency;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/**
 * How long Idempotency-Keys are kept. How often the job deletes expired ones is
 * {@code grantflow.idempotency.purge-every}; both are set in application.properties (7 days, 1 hour).
 */
@ConfigMapping(prefix = "grantflow.idempotency")
public interface IdempotencyConfig {

    /** A key older than this is unknown (a request with it runs as new) and is deleted by the purge job. */
    Duration retention();

    /** How often the purge job runs (e.g. {@code 1h}; {@code off} disables it); the scheduler reads it too. */
    String purgeEvery();
}
