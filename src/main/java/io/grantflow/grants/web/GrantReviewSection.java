package io.grantflow.grants.web;

import io.grantflow.grants.application.LifecycleDesk;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "Grant reports to review", for officers: reports submitted and work packages declared. */
@ApplicationScoped
public class GrantReviewSection implements DeskSection {

    @Inject
    LifecycleDesk desk;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        GrantLifeMessages texts = Bundles.in(GrantLifeMessages.class, locale);
        long waiting = desk.reportsToReviewCount() + desk.declaredWorkPackagesCount();
        return Optional.of(new DeskCard(18, "grant-reports", texts.reviewTitle(), texts.reviewCardSummary(), waiting,
                "/desk/grant-reports"));
    }
}
