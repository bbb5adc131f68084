package io.grantflow.audit.web;

import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "Audit trail", for officers. */
@ApplicationScoped
public class AuditDeskSection implements DeskSection {

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        AuditDeskMessages texts = Bundles.in(AuditDeskMessages.class, locale);
        return Optional.of(new DeskCard(60, "audit", texts.title(), texts.cardSummary(), null, "/desk/audit"));
    }
}
