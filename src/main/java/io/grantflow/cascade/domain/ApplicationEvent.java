package io.grantflow.cascade.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of an application's timeline. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(nullable = false)
    public String step;

    public String detail;

    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    protected ApplicationEvent() {
    }

    public ApplicationEvent(Long applicationId, String step, String detail, String actor, Instant occurredAt) {
        this.applicationId = applicationId;
        this.step = step;
        this.detail = detail;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }
}
