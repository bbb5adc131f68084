package io.grantflow.cascade.domain;

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

/**
 * One evaluator of an evaluated open call's pool, chosen by its consortium: one of its members, or an external
 * expert of the programme's pool it invites (by username).
 */
@Entity
@Table(name = "open_call_evaluator")
public class PanelEvaluator extends PanacheEntityBase {

    public enum Kind {
        /** A user of an organisation of the grant's consortium. */
        MEMBER,
        /** An expert of the programme's pool ({@code expertId}). */
        EXPERT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "open_call_id", nullable = false)
    public Long openCallId;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "expert_id")
    public Long expertId;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    protected PanelEvaluator() {
    }

    public PanelEvaluator(Long openCallId, String username, Kind kind, Long expertId, String by, Instant now) {
        this.openCallId = openCallId;
        this.username = username;
        this.kind = kind;
        this.expertId = expertId;
        this.addedBy = by;
        this.addedAt = now;
    }

    public static List<PanelEvaluator> of(Long openCallId) {
        return list("openCallId = ?1 order by id", openCallId);
    }
}
