package io.grantflow.calls.domain;

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

/** One step the call-lifecycle process took; each (call, event, deadline) happens once. */
@Entity
@Table(name = "call_lifecycle_event")
public class CallLifecycleRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "call_id", nullable = false)
    public Long callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleEvent event;

    /** The deadline (batch) closed, for {@link LifecycleEvent#BATCH_CLOSED}; null otherwise. */
    @Column(name = "deadline_index")
    public Integer deadlineIndex;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    protected CallLifecycleRecord() {
    }

    public CallLifecycleRecord(Long callId, LifecycleEvent event, Integer deadlineIndex, Instant occurredAt) {
        this.callId = callId;
        this.event = event;
        this.deadlineIndex = deadlineIndex;
        this.occurredAt = occurredAt;
    }

    public static List<CallLifecycleRecord> ofCall(Long callId) {
        return list("callId = ?1 order by occurredAt, id", callId);
    }

    public static boolean exists(Long callId, LifecycleEvent event, Integer deadlineIndex) {
        return deadlineIndex == null
                ? count("callId = ?1 and event = ?2 and deadlineIndex is null", callId, event) > 0
                : count("callId = ?1 and event = ?2 and deadlineIndex = ?3", callId, event, deadlineIndex) > 0;
    }
}
