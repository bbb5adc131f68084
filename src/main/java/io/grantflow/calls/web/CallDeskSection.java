package io.grantflow.calls.web;

import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "Calls", for officers. */
@ApplicationScoped
public class CallDeskSection implements DeskSection {

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        CallDeskMessages texts = Bundles.in(CallDeskMessages.class, locale);
        return Optional.of(new DeskCard(42, "calls", texts.title(), texts.cardSummary(), null, "/desk/calls"));
    }
}
