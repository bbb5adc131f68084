package io.grantflow.budgets.application;

import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.shared.money.Money;

import java.util.List;

/**
 * A level of the budget tree: allocated = committed + available; committed = paid + still to pay.
 * {@code children} are the accounts directly below (cut-offs, commitments, …), at most 100.
 */
public record BudgetView(Long account, AccountKind kind, String reference, String name, Long payeeOrganisation,
                         String currency, Money allocated, Money committed, Money paid, Money available,
                         Money stillToPay, List<BudgetView> children) {

    static BudgetView of(LedgerAccount a, List<BudgetView> children) {
        return new BudgetView(a.id, a.kind, a.reference, a.name, a.payeeOrganisationId, Money.CURRENCY, a.allocated,
                a.committed, a.paid, a.available(), a.stillToPay(), children);
    }
}
