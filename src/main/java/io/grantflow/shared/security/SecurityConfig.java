package io.grantflow.shared.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits on the identities the service accepts. */
@ConfigMapping(prefix = "grantflow.security")
public interface SecurityConfig {

    /** The longest lifetime (exp − iat) of a bearer token; a longer-lived token, or one without exp or iat, is refused. */
    @WithDefault("PT12H")
    Duration maxTokenLifetime();
}
