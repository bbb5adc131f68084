package io.grantflow.proposals.application;

import io.grantflow.documents.application.DocumentOwner;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A proposal's documents (e.g. its technical description): read by those who read the proposal
 * ({@link ProposalAccess#readable}: its consortium and officers), added by its consortium's members while the
 * proposal is a draft. Once submitted, the documents are part of what was submitted and stay as they are.
 */
@ApplicationScoped
public class ProposalDocuments implements DocumentOwner {

    @Override
    public String type() {
        return "proposal";
    }

    @Override
    public void requireReadable(long ownerId, Actor actor) {
        ProposalAccess.readable(ownerId, new ProposalAccess.Actor(actor.user(), actor.officer()));
    }

    @Override
    public void requireWritable(long ownerId, Actor actor) {
        Proposal p = ProposalAccess.lockedForConsortium(ownerId, new ProposalAccess.Actor(actor.user(), actor.officer()));
        if (p.status != ProposalStatus.DRAFT) {
            throw DocumentOwner.submitted("proposal " + ownerId + " is " + p.status
                    + "; documents are added while it is a draft");
        }
    }

    @Override
    public String title(long ownerId) {
        return Proposal.<Proposal>findByIdOptional(ownerId).map(p -> p.acronym).orElse(type() + " " + ownerId);
    }
}
