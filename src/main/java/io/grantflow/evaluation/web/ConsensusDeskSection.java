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

/** The desk's card "Consensus to agree", for officers (the rapporteurs): proposals whose evaluations are all in. */
@ApplicationScoped
public class ConsensusDeskSection implements DeskSection {

    @Inject
    EvaluationWaiting waiting;

    @Override
    public Optional<DeskCard> card(SecurityIdentity who, Locale locale) {
        EvaluationDeskMessages texts = Bundles.in(EvaluationDeskMessages.class, locale);
        if (who.hasRole(Roles.OFFICER)) {
            return Optional.of(new DeskCard(40, "consensus", texts.consensusTitle(), texts.consensusCardSummary(),
                    (long) waiting.consensusToAgree().size(), "/desk/consensus"));
        }
        return Optional.empty();
    }
}
