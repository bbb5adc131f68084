package io.grantflow.calls.api;

import io.grantflow.shared.money.Money;

/** The body of {@code POST /api/programmes}. */
public record ProgrammeDefinition(String code, String name, Money budget) {
}
