package io.grantflow.evaluation.domain;

import io.grantflow.shared.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.List;

/**
 * The lifecycle every evaluation shares, whoever evaluates what (an expert a proposal, {@link Assignment}; an
 * open call's evaluator an SME's application): assigned to a slot; the evaluator declares no conflict of
 * interest (then scores) or a conflict (then the slot goes to the next evaluator); drafts of the scores are
 * versioned; one submission locks them. The scores themselves are {@link CriterionScore}s judged by
 * {@link ScoringPolicy}.
 */
@MappedSuperclass
public abstract class EvaluationAssignment extends PanacheEntityBase {

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

    protected EvaluationAssignment() {
    }

    protected EvaluationAssignment(int slot, Instant now) {
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

    /** Scores are saved or submitted only after declaring no conflict of interest, and until submitted. */
    public void requireScorable() {
        if (status == AssignmentStatus.ASSIGNED) {
            throw DomainException.forbidden("conflict_declaration_required",
                    "declare whether you have a conflict of interest with what you evaluate first", List.of());
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

    /** Whether the assignment still counts towards the evaluators of what it evaluates. */
    public boolean active() {
        return status != AssignmentStatus.CONFLICT_DECLARED;
    }
}
