package io.grantflow.cascade.domain;

import io.grantflow.shared.timeline.TimelineEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of an application's timeline. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends TimelineEvent {

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    protected ApplicationEvent() {
    }

    public ApplicationEvent(Long applicationId, String step, String detail, String actor, Instant occurredAt) {
        super(step, detail, actor, occurredAt);
        this.applicationId = applicationId;
    }
}
