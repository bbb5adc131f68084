package io.grantflow.budgets.web;

import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "Budgets", for officers. */
@ApplicationScoped
public class BudgetDeskSection implements DeskSection {

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        BudgetDeskMessages texts = Bundles.in(BudgetDeskMessages.class, locale);
        return Optional.of(new DeskCard(10, "budgets", texts.title(), texts.cardSummary(), null, "/desk/budgets"));
    }
}
