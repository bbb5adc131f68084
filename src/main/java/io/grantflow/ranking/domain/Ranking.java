package io.grantflow.ranking.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** The ranking of one batch of a call (its only deadline, a cut-off or a stage); recomputed until the award. */
@Entity
@Table(name = "ranking")
public class Ranking extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "call_id", nullable = false)
    public Long callId;

    @Column(name = "deadline_index", nullable = false)
    public int deadlineIndex;

    @Column(nullable = false)
    public int stage;

    /** The budget the line is drawn against (the call's or the cut-off's). */
    @Column(nullable = false)
    public Money budget;

    /** At stage 1: how many times the budget is invited to stage 2. */
    @Column(name = "invitation_multiple")
    public BigDecimal invitationMultiple;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "computed_by", nullable = false)
    public String computedBy;

    @Column(name = "awarded_at")
    public Instant awardedAt;

    @Column(name = "awarded_by")
    public String awardedBy;

    protected Ranking() {
    }

    public Ranking(Long callId, int deadlineIndex, int stage, Money budget, BigDecimal invitationMultiple,
                   String officer, Instant now) {
        this.callId = callId;
        this.deadlineIndex = deadlineIndex;
        this.stage = stage;
        this.budget = budget;
        this.invitationMultiple = invitationMultiple;
        this.computedBy = officer;
        this.computedAt = now;
    }

    /** Grants were offered to the main list: the ranking is final (it cannot be computed again). */
    public void recordAward(String officer, Instant at) {
        requireNotAwarded();
        requireFunding();
        this.awardedAt = at;
        this.awardedBy = officer;
    }

    /** An awarded ranking is final: it is neither computed nor awarded again. */
    public void requireNotAwarded() {
        if (awardedAt != null) {
            throw DomainException.conflict("ranking_awarded", "the ranking was awarded on " + awardedAt + " and is final");
        }
    }

    /** Grants are awarded from a funding ranking, never from a stage-1 invitation ranking. */
    public void requireFunding() {
        if (isInvitation()) {
            throw DomainException.conflict("not_a_funding_ranking",
                    "stage 1 invites to stage 2; grants are awarded from the stage-2 ranking");
        }
    }

    public boolean isAwarded() {
        return awardedAt != null;
    }

    public boolean isInvitation() {
        return invitationMultiple != null;
    }

    /** The limit of the line: the budget, or at stage 1 the budget times the invitation multiple. */
    public Money limit() {
        return invitationMultiple == null ? budget
                : Money.rounded(budget.amount().multiply(invitationMultiple), java.math.RoundingMode.DOWN);
    }

    public static Optional<Ranking> of(Long callId, int deadlineIndex) {
        return find("callId = ?1 and deadlineIndex = ?2", callId, deadlineIndex).firstResultOptional();
    }
}
