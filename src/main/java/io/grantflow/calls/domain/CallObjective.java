package io.grantflow.calls.domain;

/**
 * An objective every proposal to the call must address (EU–Ukraine Cluster Partnership: value-chain interlinkages,
 * capacity building): a stable {@code code} that proposals name, and its {@code title}.
 */
public record CallObjective(String code, String title) {
}
