package io.grantflow.calls.domain;

/**
 * An activity a proposal to the call must cover with its work packages (EEN: services to clients, promotion,
 * network development, coordination, project management): a stable {@code code} that work packages name, and its
 * {@code title}.
 */
public record RequiredActivity(String code, String title) {
}
