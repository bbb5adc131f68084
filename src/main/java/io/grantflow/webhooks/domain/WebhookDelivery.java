package io.grantflow.webhooks.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;

/**
 * One message to one endpoint (the webhook outbox): written in the transaction of its event, tried until
 * the endpoint answers a 2xx or the retry window ends. Its {@link #messageId} is the same on every attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** Longest error kept from a failed attempt. */
    public static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "endpoint_id", nullable = false)
    public Long endpointId;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "event_kind", nullable = false)
    public String eventKind;

    /** The JSON body sent, as the database keeps it (the bytes signed are those read back). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "give_up_at", nullable = false)
    public Instant giveUpAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    protected WebhookDelivery() {
    }

    /** A delivery due now, given up {@code retryWindow} after now. */
    public WebhookDelivery(Long endpointId, String messageId, String eventKind, String payload, Instant now,
                           Duration retryWindow) {
        this.endpointId = endpointId;
        this.messageId = messageId;
        this.eventKind = eventKind;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.giveUpAt = now.plus(retryWindow);
    }

    /** The endpoint answered {@code statusCode} (a 2xx). */
    public void delivered(int statusCode, Instant now) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /**
     * An attempt failed (another status, or no answer: {@code statusCode} null): tried again after
     * {@link RetrySchedule#after} the attempt, unless that falls after {@link #giveUpAt}; then FAILED.
     */
    public void attemptFailed(Integer statusCode, String error, Instant now) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        Instant next = now.plus(RetrySchedule.after(attempts));
        if (!now.isBefore(giveUpAt)) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            // the schedule's next step would fall after the window: one last attempt at its end
            nextAttemptAt = next.isAfter(giveUpAt) ? giveUpAt : next;
        }
    }

    /** Its endpoint was disabled before it was delivered: it is not tried again. */
    public void endpointDisabled() {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.FAILED;
            lastError = "endpoint disabled";
            nextAttemptAt = null;
        }
    }
}
