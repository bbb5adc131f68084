package io.grantflow.budgets.web;

import io.grantflow.budgets.api.BudgetView;
import io.grantflow.budgets.application.BudgetService.Movement;
import io.grantflow.ledger.application.LedgerReplay;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.LineChart;
import io.grantflow.shared.web.Paging;
import io.grantflow.shared.web.StackedBar;

import java.util.List;

/** What the budget desk's templates show. */
final class BudgetDeskModels {

    private BudgetDeskModels() {
    }

    /** The bar of a budget level: paid, committed but not yet paid, and not yet committed, of what it was given. */
    static StackedBar bar(BudgetView b) {
        return StackedBar.of(b.allocated(), List.of("paid", "still-to-pay", "available"),
                List.of(b.paid(), b.stillToPay(), b.available()));
    }

    /** A level with its bar, as a row of a table. */
    record Row(BudgetView level, StackedBar bar) {
        static Row of(BudgetView b) {
            return new Row(b, BudgetDeskModels.bar(b));
        }
    }

    /** The programmes, one page of them, and whether the ledger reconciles. */
    record Overview(List<Row> programmes, Paging paging, LedgerReplay.Reconciliation reconciliation) {
    }

    /** One month of an account's history: its figures at the month's end. */
    record Month(String label, Money allocated, Money committed, Money paid) {
    }

    /** An account's figures month by month, as a chart and as the table beside it. */
    record History(LineChart chart, List<Month> months) {
    }

    /**
     * One level of the budget tree: the path above it (programme first), its figures and bar, one page of the
     * levels below it, its history, and for an account committed to a payee its payments and recoveries.
     */
    record Account(Row account, List<BudgetView> above, List<Row> below, Paging belowPaging, History history,
                   List<Movement> movements, Paging movementPaging) {

        public boolean paysOut() {
            return account.level().kind().isCommitmentToPayee();
        }

        /** A payee's commitment (an SME's award) has nothing below: its heading is left out, not shown empty. */
        public boolean showsBelow() {
            return !paysOut() || !below.isEmpty();
        }

        public boolean programme() {
            return account.level().kind() == AccountKind.PROGRAMME;
        }
    }
}
