package io.grantflow.proposals.domain;

import io.grantflow.shared.timeline.TimelineEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One step in a proposal's timeline (created, submitted, resubmitted, withdrawn, re-checked, …). */
@Entity
@Table(name = "proposal_event")
public class ProposalEvent extends TimelineEvent {

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    protected ProposalEvent() {
    }

    public ProposalEvent(Long proposalId, String step, String detail, String actor, Instant occurredAt) {
        super(step, detail, actor, occurredAt);
        this.proposalId = proposalId;
    }

    public static List<ProposalEvent> of(Long proposalId) {
        return list("proposalId = ?1 order by id", proposalId);
    }
}
