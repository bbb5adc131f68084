package io.grantflow.payments.domain;

import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** An order to pay a payee out of a commitment; initiated by one person, decided by another. */
@Entity
@Table(name = "payment_order")
public class PaymentOrder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "payee_name", nullable = false)
    public String payeeName;

    @Column(nullable = false)
    public String iban;

    @Column(nullable = false)
    public Money amount;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;

    @Column(name = "batch_id")
    public String batchId;

    @Column(name = "initiated_by", nullable = false)
    public String initiatedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "transfer_id")
    public Long transferId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    /** The name of the request that created the order (see {@code Idempotency}); null for orders of processes. */
    @Column(name = "request_reference")
    public String requestReference;

    @Version
    public long version;

    protected PaymentOrder() {
    }

    public PaymentOrder(Long accountId, String payeeName, String iban, Money amount, String purpose, String reference,
                        String initiatedBy, Instant now) {
        this.accountId = accountId;
        this.payeeName = payeeName;
        this.iban = iban;
        this.amount = amount;
        this.purpose = purpose;
        this.reference = reference;
        this.initiatedBy = initiatedBy;
        this.status = PaymentStatus.PENDING_APPROVAL;
        this.createdAt = now;
    }

    /** Four eyes: whoever initiated an order never decides it. */
    public boolean mayBeDecidedBy(String user) {
        return !initiatedBy.equals(user);
    }

    public void approve(String user, String batch, Instant now) {
        status = PaymentStatus.APPROVED;
        decidedBy = user;
        batchId = batch;
        decidedAt = now;
    }

    public void reject(String user, String reason, Instant now) {
        status = PaymentStatus.REJECTED;
        decidedBy = user;
        decisionReason = reason;
        decidedAt = now;
    }

    /**
     * The commitment it pays was released before it was paid: nobody decided it, so {@code decidedBy}
     * stays empty (the initiator may be the one who withdrew); the reason says why.
     */
    public void cancel(String reason, Instant now) {
        if (!PaymentStatus.PENDING.contains(status)) {
            throw new IllegalStateException("order " + id + " is " + status + "; only a pending order is cancelled");
        }
        status = PaymentStatus.CANCELLED;
        decisionReason = reason;
        decidedAt = now;
    }

    public static Optional<PaymentOrder> byIdForUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
