package io.grantflow.cascade.web;

import io.grantflow.cascade.application.PanelScores;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/**
 * The desk's card "Applications to evaluate", for the evaluators of open calls' panels (consortium members and
 * invited experts) who have applications waiting for their declaration or their scores.
 */
@ApplicationScoped
public class PanelDeskSection implements DeskSection {

    @Inject
    PanelScores scores;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        if (!who.hasRole(Roles.EVALUATOR) && !who.hasRole(Roles.APPLICANT)) {
            return Optional.empty();
        }
        long waiting = scores.waiting(who.getPrincipal().getName());
        if (waiting == 0) {
            return Optional.empty();
        }
        PanelDeskMessages texts = Bundles.in(PanelDeskMessages.class, locale);
        return Optional.of(new DeskCard(31, "application-evaluations", texts.title(), texts.cardSummary(), waiting,
                "/desk/application-evaluations"));
    }
}
