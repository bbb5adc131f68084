package io.grantflow.calls.api;

import io.grantflow.calls.domain.Programme;
import io.grantflow.shared.money.Money;

/** A programme with its budget and how much of it its calls have allocated. */
public record ProgrammeView(String code, String name, Money budget, Money allocatedToCalls,
                            Money unallocated, String currency, boolean illustrative) {

    public static ProgrammeView of(Programme p, Money allocated) {
        return new ProgrammeView(p.code, p.name, p.budget, allocated, p.budget.minus(allocated), Money.CURRENCY,
                p.illustrative);
    }
}
