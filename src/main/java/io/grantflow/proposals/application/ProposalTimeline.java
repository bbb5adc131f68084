package io.grantflow.proposals.application;

import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The timeline of a proposal: each business act leaves one step (created, submitted, ranked, …). */
@ApplicationScoped
public class ProposalTimeline {

    public void record(Proposal p, String step, String detail, String actor, Instant at) {
        new ProposalEvent(p.id, step, detail, actor, at).persist();
    }
}
