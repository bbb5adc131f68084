package io.grantflow.notifications.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A message to one user, written in the transaction of the event it tells about: an outbox that a
 * mail or webhook sender can drain later ({@code sent_at} is null until then).
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    protected Notification() {
    }

    public Notification(String recipient, String kind, String subject, String body, String reference, Instant now) {
        this.recipient = recipient;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.reference = reference;
        this.createdAt = now;
    }
}
