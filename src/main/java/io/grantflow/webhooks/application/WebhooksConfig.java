package io.grantflow.webhooks.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The settings of webhooks (docs/operations.md); application.properties sets them for demo mode and tests. */
@ConfigMapping(prefix = "grantflow.webhooks")
public interface WebhooksConfig {

    /** Whether endpoints may be plain {@code http} URLs (always so in demo mode). */
    @WithDefault("false")
    boolean allowHttp();

    /** Whether endpoints may be (or resolve to) loopback, link-local, private, unspecified or multicast addresses. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How long after its event a delivery is tried before it is FAILED. */
    @WithDefault("24h")
    Duration retryWindow();

    /** How often each node drains the due deliveries (e.g. {@code 5s}; {@code off} disables the sender). */
    @WithDefault("5s")
    String pollEvery();

    /** How long an attempt waits to connect. */
    @WithDefault("3s")
    Duration connectTimeout();

    /** How long an attempt waits for the answer once the request is sent. */
    @WithDefault("5s")
    Duration requestTimeout();
}
