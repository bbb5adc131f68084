package io.grantflow.proposals.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One step in a proposal's timeline (created, submitted, resubmitted, withdrawn, re-checked, …). */
@Entity
@Table(name = "proposal_event")
public class ProposalEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(nullable = false)
    public String step;

    public String detail;

    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    protected ProposalEvent() {
    }

    public ProposalEvent(Long proposalId, String step, String detail, String actor, Instant occurredAt) {
        this.proposalId = proposalId;
        this.step = step;
        this.detail = detail;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public static List<ProposalEvent> of(Long proposalId) {
        return list("proposalId = ?1 order by id", proposalId);
    }
}
