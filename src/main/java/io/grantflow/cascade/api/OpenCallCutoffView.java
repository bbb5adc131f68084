package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.CutoffState;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * The budgets of an open call's cut-offs as the ledger holds them: what each was given at creation, what was
 * carried in from the previous cut-off and out to the next, its account's allocated (its budget now), committed
 * (to awards) and remaining amounts, its state now, and decided once it closed with no application of it left to
 * decide (SUBMITTED or UNDER_REVIEW).
 */
public record OpenCallCutoffView(Long openCall, List<Cutoff> cutoffs) {

    public record Cutoff(int index, Instant closesAt, Selection selection, Money budget, Money carriedIn,
                         Money carriedOut, Money allocated, Money committed, Money remaining, CutoffState state,
                         boolean decided, Long account, CarryOver carryOver) {
    }

    /** The carry-over out of a cut-off: the ledger transfer, to the next cut-off, by whom and when. */
    public record CarryOver(Long transfer, String reference, int to, Money amount, String decidedBy,
                            Instant decidedAt) {
    }
}
