package io.grantflow.calls.domain;

import java.time.LocalDate;

/**
 * The period the call's projects run, first and last day included (EEN 2024: 1 July 2025 – 31 December 2028): the
 * grants' reporting periods start on its first day.
 */
public record ProjectPeriod(LocalDate start, LocalDate end) {
}
