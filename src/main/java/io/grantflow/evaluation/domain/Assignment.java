package io.grantflow.evaluation.domain;

import io.grantflow.shared.problem.DomainException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One expert evaluating one proposal. */
@Entity
@Table(name = "evaluation_assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(name = "expert_id", nullable = false)
    public Long expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;

    @Column(name = "conflict_reason")
    public String conflictReason;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "declared_at")
    public Instant declaredAt;

    @Column(name = "saved_at")
    public Instant savedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** How many times a draft of the scores was saved: each save is the next version. */
    @Column(name = "draft_version", nullable = false)
    public int draftVersion;

    /** The evaluation slot (0 to N-1) it fills; a replacement takes over the slot of a declared conflict. */
    @Column(nullable = false)
    public int slot;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    protected Assignment() {
    }

    public Assignment(Long proposalId, Long expertId, int slot, Instant now) {
        this.proposalId = proposalId;
        this.expertId = expertId;
        this.slot = slot;
        this.status = AssignmentStatus.ASSIGNED;
        this.assignedAt = now;
    }

    public void declareNoConflict(Instant now) {
        requireUndeclared();
        status = AssignmentStatus.ACCEPTED;
        declaredAt = now;
    }

    public void declareConflict(String reason, Instant now) {
        requireUndeclared();
        status = AssignmentStatus.CONFLICT_DECLARED;
        conflictReason = reason;
        declaredAt = now;
    }

    /** Submits the evaluation (the service has checked every criterion is scored); then it is locked. */
    public void submit(Instant now) {
        requireScorable();
        status = AssignmentStatus.SUBMITTED;
        submittedAt = now;
    }

    /** A draft of the scores was saved: the next version. */
    public void draftSaved(Instant now) {
        requireScorable();
        savedAt = now;
        draftVersion++;
    }

    /**
     * A draft that names the version it replaces is refused when a newer one was saved meanwhile (another tab,
     * another device): an older draft never overwrites a newer one. A draft that names none replaces what is saved.
     */
    public void requireLatestDraft(Integer replaces) {
        if (replaces != null && replaces != draftVersion) {
            throw DomainException.conflict("draft_outdated", "this draft replaces version " + replaces
                    + ", but version " + draftVersion + " was saved since; read it and save again");
        }
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

    /** Scores are saved or submitted only after declaring no conflict of interest, and until submitted. */
    public void requireScorable() {
        if (status == AssignmentStatus.ASSIGNED) {
            throw DomainException.forbidden("conflict_declaration_required",
                    "declare whether you have a conflict of interest with this proposal first", List.of());
        }
        if (status != AssignmentStatus.ACCEPTED) {
            throw DomainException.conflict("evaluation_submitted", "the evaluation was submitted and is locked");
        }
    }

    /** The declaration of (no) conflict of interest is made once. */
    public void requireUndeclared() {
        if (status != AssignmentStatus.ASSIGNED) {
            throw DomainException.conflict("already_declared", "the declaration for this assignment was made");
        }
    }

    /** Whether the assignment still counts towards the proposal's experts. */
    public boolean active() {
        return status != AssignmentStatus.CONFLICT_DECLARED;
    }
}
