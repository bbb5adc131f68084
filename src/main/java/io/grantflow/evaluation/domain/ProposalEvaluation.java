package io.grantflow.evaluation.domain;

import io.grantflow.shared.problem.DomainException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The evaluation of one proposal: started when all its evaluation slots have an expert, due at
 * {@link #dueAt}; then the consensus, whose weighted total counts for the ranking.
 */
@Entity
@Table(name = "proposal_evaluation")
public class ProposalEvaluation extends PanacheEntityBase {

    @Id
    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "call_id", nullable = false)
    public Long callId;

    @Column(name = "deadline_index", nullable = false)
    public int deadlineIndex;

    @Column(name = "experts_required", nullable = false)
    public int expertsRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationStatus status;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "reminder_at", nullable = false)
    public Instant reminderAt;

    @Column(name = "consensus_opened_at")
    public Instant consensusOpenedAt;

    public String rapporteur;

    @Column(name = "agreed_at")
    public Instant agreedAt;

    public BigDecimal total;

    @Version
    public long version;

    protected ProposalEvaluation() {
    }

    public ProposalEvaluation(Long proposalId, Long callId, int deadlineIndex, int expertsRequired, Instant now,
                              Instant dueAt, Instant reminderAt) {
        this.proposalId = proposalId;
        this.callId = callId;
        this.deadlineIndex = deadlineIndex;
        this.expertsRequired = expertsRequired;
        this.status = EvaluationStatus.INDIVIDUAL;
        this.startedAt = now;
        this.dueAt = dueAt;
        this.reminderAt = reminderAt;
    }

    /** Opens the consensus once; returns false when it was open already (a retried job). */
    public boolean openConsensus(Instant now) {
        if (status != EvaluationStatus.INDIVIDUAL) {
            return false;
        }
        status = EvaluationStatus.CONSENSUS;
        consensusOpenedAt = now;
        return true;
    }

    /** The consensus is drafted and agreed only while open: after every individual evaluation, until agreed. */
    public void requireConsensusOpen() {
        if (status == EvaluationStatus.INDIVIDUAL) {
            throw DomainException.conflict("consensus_not_open", "the consensus opens when every individual evaluation is in");
        }
        if (status == EvaluationStatus.AGREED) {
            throw DomainException.conflict("consensus_agreed", "the consensus was agreed and is locked");
        }
    }

    public void agree(String officer, BigDecimal total, Instant now) {
        requireConsensusOpen();
        status = EvaluationStatus.AGREED;
        rapporteur = officer;
        this.total = total;
        agreedAt = now;
    }

    public static Optional<ProposalEvaluation> forUpdate(Long proposalId) {
        return find("proposalId", proposalId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
