package io.grantflow.budgets.web;

import io.grantflow.budgets.api.BudgetView;
import io.quarkus.qute.TemplateExtension;

/** How the budget pages name a level beside its name: {@code {level.shownReference}}. */
@TemplateExtension
final class BudgetLabels {

    private BudgetLabels() {
    }

    /**
     * The level's ledger reference as a person can use it (programme code, call identifier, {@code grant:101000001});
     * an open call's reference ends in the hash of the request that made it, which means nothing to a reader: none.
     */
    static String shownReference(BudgetView level) {
        return level.reference() == null || level.reference().startsWith("open-call:") ? "" : level.reference();
    }
}
