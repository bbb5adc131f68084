package io.grantflow.ranking.web;

import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "Ranking and award", for officers. */
@ApplicationScoped
public class RankingDeskSection implements DeskSection {

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.OFFICER)) {
            return Optional.empty();
        }
        RankingDeskMessages texts = Bundles.in(RankingDeskMessages.class, locale);
        return Optional.of(new DeskCard(45, "ranking", texts.title(), texts.cardSummary(), null, "/desk/calls?status=CLOSED"));
    }
}
