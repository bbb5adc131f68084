package io.grantflow.proposals.api;

import io.grantflow.shared.money.Money;

import java.time.Instant;

/** A submitted version of a proposal. */
public record VersionView(int number, Money requestedContribution, Money plannedSmeSupport, String submittedBy,
                          Instant submittedAt, boolean current) {
}
