package io.grantflow.budgets.api;

import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.money.Money;

import java.util.List;

/**
 * A level of the budget tree: allocated = committed + available; committed = paid + still to pay.
 * {@code children} are one page of the accounts directly below (cut-offs, commitments, …), oldest
 * first; {@code childrenPage} says which page and how many there are in all (null on the children
 * themselves, which are listed without their own children).
 */
public record BudgetView(Long account, AccountKind kind, String reference, String name, Long payeeOrganisation,
                         String currency, Money allocated, Money committed, Money paid, Money available,
                         Money stillToPay, List<BudgetView> children, Paging childrenPage) {

    /** Where a page of children is in the whole list. */
    public record Paging(int page, int size, long totalItems, long totalPages) {
        public static Paging of(Page<?> page) {
            return new Paging(page.page(), page.size(), page.totalItems(), page.totalPages());
        }
    }

    public static BudgetView of(LedgerAccount a, Page<BudgetView> children) {
        return new BudgetView(a.id, a.kind, a.reference, a.name, a.payeeOrganisationId, Money.CURRENCY, a.allocated,
                a.committed, a.paid, a.available(), a.stillToPay(), children.items(), Paging.of(children));
    }

    public static BudgetView leaf(LedgerAccount a) {
        return new BudgetView(a.id, a.kind, a.reference, a.name, a.payeeOrganisationId, Money.CURRENCY, a.allocated,
                a.committed, a.paid, a.available(), a.stillToPay(), List.of(), null);
    }
}
