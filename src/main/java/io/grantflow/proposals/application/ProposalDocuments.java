package io.grantflow.proposals.application;

import io.grantflow.documents.application.DocumentOwner;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * A proposal's documents (e.g. its technical description): read by those who read the proposal
 * ({@link ProposalAccess#readable}: its consortium and officers) and by the experts who evaluate it (an assignment
 * with no conflict declared, {@link ProposalAccess#evaluates}); added by its consortium's members as long as the
 * proposal may be changed: a draft, and a submitted proposal until its deadline, when a change is resubmitted as a
 * new version ({@link ProposalSubmission#requireEditable}). Each document records the versions submitted before it
 * ({@link #version}); what was uploaded never changes, a change is a new document.
 */
@ApplicationScoped
public class ProposalDocuments implements DocumentOwner {

    @Inject
    Clock clock;

    @Override
    public String type() {
        return "proposal";
    }

    @Override
    public void requireReadable(long ownerId, Actor actor) {
        try {
            ProposalAccess.readable(ownerId, new ProposalAccess.Actor(actor.user(), actor.officer()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND || !ProposalAccess.evaluates(ownerId, actor.user())) {
                throw e;
            }
        }
    }

    @Override
    public void requireWritable(long ownerId, Actor actor) {
        Proposal p = ProposalAccess.lockedForConsortium(ownerId, new ProposalAccess.Actor(actor.user(), actor.officer()));
        try {
            ProposalSubmission.requireEditable(p, clock.instant());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            throw DocumentOwner.submitted("proposal " + ownerId + " is " + p.status + " and can no longer be changed ("
                    + e.code() + "); documents are added while it may be changed and resubmitted before its deadline");
        }
    }

    @Override
    public Integer version(long ownerId) {
        return Proposal.<Proposal>findByIdOptional(ownerId).map(p -> p.currentVersion).orElse(null);
    }

    @Override
    public String title(long ownerId) {
        return Proposal.<Proposal>findByIdOptional(ownerId).map(p -> p.acronym).orElse(type() + " " + ownerId);
    }
}
