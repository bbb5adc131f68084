package io.grantflow.exports.web;

import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "Exports", for officers. */
@ApplicationScoped
public class ExportDeskSection implements DeskSection {

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        ExportDeskMessages texts = Bundles.in(ExportDeskMessages.class, locale);
        return Optional.of(new DeskCard(55, "exports", texts.title(), texts.cardSummary(), null, "/desk/exports"));
    }
}
