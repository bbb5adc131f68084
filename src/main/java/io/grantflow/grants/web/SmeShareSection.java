package io.grantflow.grants.web;

import io.grantflow.grants.application.GrantBudgets;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "The SME share of every grant", for officers; it counts the grants below their trajectory. */
@ApplicationScoped
public class SmeShareSection implements DeskSection {

    @Inject
    GrantBudgets grants;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        SmeShareMessages texts = Bundles.in(SmeShareMessages.class, locale);
        long below = grants.budgets(true, PageRequest.first(1)).totalItems();
        return Optional.of(new DeskCard(15, "sme-share", texts.title(), texts.cardSummary(), below,
                "/desk/sme-share?below=true"));
    }
}
