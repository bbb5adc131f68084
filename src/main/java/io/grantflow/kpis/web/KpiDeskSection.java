package io.grantflow.kpis.web;

import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "KPIs", for officers (consortia reach their grant's KPIs from "My grants and open calls"). */
@ApplicationScoped
public class KpiDeskSection implements DeskSection {

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        KpiDeskMessages texts = Bundles.in(KpiDeskMessages.class, locale);
        return Optional.of(new DeskCard(50, "kpis", texts.title(), texts.cardSummary(), null, "/desk/kpis"));
    }
}
