package io.grantflow.cascade.web;

import io.grantflow.cascade.application.CascadeWaiting;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "My grants and open calls", for consortium members: applications to decide, reports to verify. */
@ApplicationScoped
public class ConsortiumDeskSection implements DeskSection {

    @Inject
    CascadeWaiting waiting;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.APPLICANT)) {
            return Optional.empty();
        }
        String user = who.getPrincipal().getName();
        ConsortiumDeskMessages texts = Bundles.in(ConsortiumDeskMessages.class, locale);
        long count = waiting.applicationsToDecide(user).size() + waiting.reportsToVerify(user).size();
        return Optional.of(new DeskCard(15, "grants", texts.title(), texts.cardSummary(), count, "/desk/grants"));
    }
}
