package io.grantflow.budgets.api;

import io.grantflow.shared.money.Money;

/** A legal commitment of part of a call's budget (or of one cut-off's) to one payee organisation. */
public record CommitmentRequest(Long payee, Money amount, String purpose, Integer cutoff) {
}
