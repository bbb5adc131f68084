package io.grantflow.grants.application;

import io.grantflow.grants.domain.Grant;
import io.grantflow.organisations.domain.MembersOnly;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;

/**
 * Who may see and act on a grant: officers and members of its beneficiaries read it; members of its
 * coordinator sign or decline it; anyone else is told it does not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GrantAccess {

    /** The grant if the caller may read it: officers, and members of its beneficiaries; anyone else gets not found. */
    public Grant readable(Long id, String user, boolean officer) {
        Grant g = Grant.<Grant>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(id)));
        return MembersOnly.visible(g, user, officer, Arrays.asList(g.beneficiaries), "grant", String.valueOf(id));
    }

    /** The grant, locked, if the user is a member of one of its beneficiaries; anyone else gets not found. */
    public Grant lockedForMember(Long id, String user) {
        Grant g = Grant.forUpdate(id).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(id)));
        return MembersOnly.ofMember(g, user, Arrays.asList(g.beneficiaries), "grant", String.valueOf(id));
    }

    /**
     * The grant, locked, if the user is a member of its coordinator; members of other beneficiaries are
     * refused ({@code not_a_coordinator_member}), anyone else gets not found.
     */
    public Grant lockedForCoordinator(Long id, String user) {
        Grant g = lockedForMember(id, user);
        if (!OrganisationMember.isMember(user, g.coordinatorId)) {
            throw DomainException.forbidden("not_a_coordinator_member",
                    "only members of the coordinating organisation sign or decline the grant", java.util.List.of());
        }
        return g;
    }
}
