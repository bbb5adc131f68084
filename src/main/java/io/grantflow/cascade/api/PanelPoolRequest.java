package io.grantflow.cascade.api;

import java.util.List;

/** The body of {@code PUT /api/open-calls/{id}/evaluators}: the usernames of the whole pool (it replaces the pool). */
public record PanelPoolRequest(List<String> evaluators) {
}
