package io.grantflow.evaluation.web;

import io.grantflow.evaluation.application.EvaluationWaiting;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.DeskSection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/** The desk's card "My evaluations", for evaluators: the assignments still to declare or to score. */
@ApplicationScoped
public class EvaluationDeskSection implements DeskSection {

    @Inject
    EvaluationWaiting waiting;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        EvaluationDeskMessages texts = Bundles.in(EvaluationDeskMessages.class, locale);
        if (who.hasRole(Roles.EVALUATOR)) {
            long count = waiting.assignmentsToScore(who.getPrincipal().getName()).size();
            return Optional.of(new DeskCard(30, "evaluations", texts.title(), texts.cardSummary(), count,
                    "/desk/evaluations"));
        }
        return Optional.empty();
    }
}
