package io.grantflow.exports.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long export results are kept, and how often the expired ones are deleted. */
@ConfigMapping(prefix = "grantflow.exports")
public interface ExportsConfig {

    /** A finished export job and its file are deleted this long after it finished (or started, if it never did). */
    @WithDefault("P7D")
    Duration retention();

    /** The interval of the purge job (read by its schedule as {@code grantflow.exports.purge-every}). */
    @WithDefault("1h")
    Duration purgeEvery();
}
