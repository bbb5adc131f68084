package io.grantflow.proposals.application;

import io.grantflow.organisations.domain.MembersOnly;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.shared.problem.DomainException;

import java.util.List;

/**
 * Who may see and change a proposal: only its consortium (and officers, who read every proposal);
 * only members of the coordinator submit or withdraw it. Anyone else learns nothing (a 404).
 */
public final class ProposalAccess {

    private ProposalAccess() {
    }

    /** Who is asking: user name, and whether an officer (officers read every proposal). */
    public record Actor(String user, boolean officer) {
    }

    /** The proposal if the actor may read it; otherwise not found, so that other consortia learn nothing. */
    static Proposal readable(Long id, Actor actor) {
        Proposal p = Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("proposal", "" + id));
        return MembersOnly.visible(p, actor.user(), actor.officer(), p.organisationIds(), "proposal", id);
    }

    /**
     * Whether {@code user} is an expert evaluating the proposal: an assignment on which no conflict was declared
     * (ACCEPTED or SUBMITTED), as the evaluator's assignment shows the proposal only after the declaration
     * ({@code GET /api/evaluator/assignments/{id}}). A read of the evaluation's tables: proposals must not depend on
     * the evaluation package, which depends on proposals.
     */
    static boolean evaluates(Long id, String user) {
        return !Proposal.getEntityManager().createNativeQuery("select 1 from grantflow.evaluation_assignment a "
                        + "join grantflow.expert e on e.id = a.expert_id where a.proposal_id = ?1 and e.username = ?2 "
                        + "and a.status in ('ACCEPTED', 'SUBMITTED')")
                .setParameter(1, id).setParameter(2, user).setMaxResults(1).getResultList().isEmpty();
    }

    /** The proposal, locked, if the actor is a member of its consortium. */
    static Proposal lockedForConsortium(Long id, Actor actor) {
        Proposal p = Proposal.byIdForUpdate(id).orElseThrow(() -> DomainException.notFound("proposal", "" + id));
        return MembersOnly.ofMember(p, actor.user(), p.organisationIds(), "proposal", id);
    }

    static void requireCoordinatorMember(Proposal p, Actor actor) {
        if (!OrganisationMember.isMember(actor.user(), p.coordinatorId)) {
            throw DomainException.forbidden("not_a_coordinator_member",
                    "only members of the coordinating organisation submit or withdraw the proposal", List.of());
        }
    }
}
