package io.grantflow.grants.application;

import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.organisations.domain.OrganisationMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Read model: grants offered to a person's organisation, waiting for its signature (shown by {@code GET /api/me}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GrantWaiting {

    /** Offers the user signs or declines: they are a member of the coordinating organisation. */
    public List<Long> offersToSign(String user) {
        List<Long> organisations = OrganisationMember.organisationsOf(user);
        if (organisations.isEmpty()) {
            return List.of();
        }
        return Grant.<Grant>list("status = ?1 and coordinatorId in ?2 order by id", GrantStatus.OFFERED, organisations)
                .stream().map(g -> g.id).toList();
    }
}
