package io.grantflow.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One expert evaluating one proposal; the lifecycle it shares with an open call's evaluations is {@link EvaluationAssignment}'s. */
@Entity
@Table(name = "evaluation_assignment")
public class Assignment extends EvaluationAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(name = "expert_id", nullable = false)
    public Long expertId;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    protected Assignment() {
    }

    public Assignment(Long proposalId, Long expertId, int slot, Instant now) {
        super(slot, now);
        this.proposalId = proposalId;
        this.expertId = expertId;
    }

    /** The reminder timer fired: an expert who has not submitted is reminded once. False when there is nothing to do. */
    public boolean remind(Instant now) {
        if (status == AssignmentStatus.SUBMITTED || remindedAt != null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** The due date passed: an evaluation not submitted is escalated once. False when there is nothing to do. */
    public boolean escalate(Instant now) {
        if (status == AssignmentStatus.SUBMITTED || escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        return true;
    }
}
