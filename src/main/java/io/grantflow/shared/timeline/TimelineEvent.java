package io.grantflow.shared.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * One step of an object's timeline (a proposal's, an application's): what happened, why, who did
 * it (null for the system) and when. Append-only; each feature keeps its own table of them.
 */
@MappedSuperclass
public abstract class TimelineEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String step;

    public String detail;

    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    protected TimelineEvent() {
    }

    protected TimelineEvent(String step, String detail, String actor, Instant occurredAt) {
        this.step = step;
        this.detail = detail;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    /** The step as the API and the pages show it. */
    public TimelineStep toStep() {
        return new TimelineStep(step, detail, actor, occurredAt);
    }
}
