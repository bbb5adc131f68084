package io.grantflow.ranking.api;

import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * The budgets of a call's cut-offs as the ledger holds them: what each was given at publication, what was
 * carried in from the previous cut-off and out to the next, and its account's allocated (the budget now),
 * committed (to grants) and available amounts; decided once its batch was awarded.
 */
public record CutoffBudgetView(String call, List<Cutoff> cutoffs) {

    public record Cutoff(int index, String label, Instant deadline, Money budget, Money carriedIn, Money carriedOut,
                         Money allocated, Money committed, Money available, boolean decided, CarryOver carryOver) {
    }

    /** The carry-over out of a cut-off: the ledger transfer, to the next cut-off, by whom and when. */
    public record CarryOver(Long transfer, String reference, int to, Money amount, String decidedBy,
                            Instant decidedAt) {
    }
}
