package io.grantflow.notifications.domain;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message to one user, written in the transaction of the event it tells about: a transactional outbox
 * that the mail sender drains ({@link MailState}). Its texts are rendered from its kind and
 * {@link NotificationParams} in the reader's language; {@code subject} and {@code body} keep the English
 * rendering of when it was written (the API shows them).
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** Longest error kept from a failed attempt. */
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    public String body;

    public String reference;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> params = new LinkedHashMap<>();

    @Column(name = "dedup_key")
    public String dedupKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    public MailState mailState = MailState.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "message_id")
    public String messageId;

    protected Notification() {
    }

    public Notification(String recipient, NotificationKind kind, String subject, String body, String reference,
                        NotificationParams params, Instant now) {
        this.recipient = recipient;
        this.kind = kind.name();
        this.subject = subject;
        this.body = body;
        this.reference = reference;
        this.params = new LinkedHashMap<>(params.stored());
        this.createdAt = now;
    }

    /** The mail left for the SMTP server, alone or in a digest ({@code messageId}); recorded once. */
    public void mailed(String messageId, Instant now) {
        this.attempts++;
        this.mailState = MailState.SENT;
        this.messageId = messageId;
        this.sentAt = now;
        this.lastError = null;
        this.nextAttemptAt = null;
    }

    /** The SMTP server did not take it: tried again after {@code retryIn}, or, when null, given up. */
    public void mailFailed(String error, Instant now, Duration retryIn) {
        this.attempts++;
        this.lastError = error == null ? "unknown error"
                : error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        if (retryIn == null) {
            this.mailState = MailState.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = now.plus(retryIn);
        }
    }

    /** The recipient wants this kind in the daily digest. */
    public void waitForDigest() {
        this.mailState = MailState.DIGEST;
    }

    /** The recipient switched e-mail off for this kind. */
    public void notMailedByChoice() {
        this.mailState = MailState.OFF;
    }

    /** No address is known for the recipient. */
    public void notMailedWithoutAddress() {
        this.mailState = MailState.NO_ADDRESS;
    }
}
