package io.grantflow.payments.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An order to pay a payee out of a commitment; initiated by one person, decided by another. */
@Entity
@Table(name = "payment_order")
public class PaymentOrder extends PanacheEntityBase {

    /** The code (and 403 problem) when the initiator of an order would decide it. */
    public static final String FOUR_EYES = "four_eyes";
    /** The code (and 409 problem) when an order no longer awaits a decision. */
    public static final String NOT_PENDING = "payment_not_pending";
    /** The code when an order that is not approved would be paid or failed. */
    public static final String NOT_APPROVED = "payment_not_approved";

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

    /**
     * Why {@code user} may not decide this order now, as violations on {@code field} (null for a single
     * order): the initiator never decides it ({@value #FOUR_EYES}); only an order awaiting approval is
     * decided ({@value #NOT_PENDING}). Empty when the decision may be taken.
     */
    public List<Violation> refusalsToDecide(String user, String field) {
        List<Violation> refusals = new ArrayList<>();
        if (status != PaymentStatus.PENDING_APPROVAL) {
            refusals.add(new Violation(field, NOT_PENDING, "order " + id + " is " + status));
        }
        if (!mayBeDecidedBy(user)) {
            refusals.add(new Violation(field, FOUR_EYES, "order " + id + " was initiated by " + user
                    + "; a second person decides it"));
        }
        return refusals;
    }

    /** Whether {@code user} already approved this order (it may be paid since): approving again changes nothing. */
    public boolean wasApprovedBy(String user) {
        return (status == PaymentStatus.APPROVED || status == PaymentStatus.PAID) && user.equals(decidedBy);
    }

    /** Whether {@code user} already rejected this order: rejecting again changes nothing. */
    public boolean wasRejectedBy(String user) {
        return status == PaymentStatus.REJECTED && user.equals(decidedBy);
    }

    /** A second person approves the order (alone or in {@code batch}); the process then pays it. */
    public void approve(String by, String batch, Instant now) {
        requireDecidableBy(by);
        status = PaymentStatus.APPROVED;
        decidedBy = by;
        batchId = batch;
        decidedAt = now;
    }

    /** A second person rejects the order: it is never paid. */
    public void reject(String by, String reason, Instant now) {
        requireDecidableBy(by);
        status = PaymentStatus.REJECTED;
        decidedBy = by;
        decisionReason = reason;
        decidedAt = now;
    }

    /** Four eyes first (403 {@value #FOUR_EYES}), then the state (409 {@value #NOT_PENDING}). */
    private void requireDecidableBy(String user) {
        List<Violation> refusals = refusalsToDecide(user, null);
        if (!refusals.isEmpty()) {
            throw decisionRefused(refusals);
        }
    }

    /**
     * Why a decision on orders was refused ({@link #refusalsToDecide}, not empty): four eyes first (403
     * {@value #FOUR_EYES}), then the state (409 {@value #NOT_PENDING}).
     */
    public static DomainException decisionRefused(List<Violation> refusals) {
        List<Violation> fourEyes = refusals.stream().filter(r -> r.code().equals(FOUR_EYES)).toList();
        if (!fourEyes.isEmpty()) {
            return DomainException.forbidden(FOUR_EYES, "the initiator of a payment order never decides it", fourEyes);
        }
        return DomainException.conflict(NOT_PENDING, refusals.get(0).message());
    }

    /** Whether the process may still pay it: approved and neither paid, failed nor cancelled. */
    public boolean awaitsExecution() {
        return status == PaymentStatus.APPROVED;
    }

    public boolean isPaid() {
        return status == PaymentStatus.PAID;
    }

    public boolean isCancelled() {
        return status == PaymentStatus.CANCELLED;
    }

    /** Whether it still counts against what its account has to pay (awaiting approval or execution). */
    public boolean isPending() {
        return PaymentStatus.PENDING.contains(status);
    }

    /** The process paid the approved order by the ledger transfer {@code transfer}. */
    public void pay(Long transfer, Instant now) {
        requireApproved("paid");
        status = PaymentStatus.PAID;
        transferId = transfer;
        paidAt = now;
    }

    /** The approved order cannot be paid at execution (the budget no longer allows it); the reason says why. */
    public void fail(String reason) {
        requireApproved("failed");
        status = PaymentStatus.FAILED;
        decisionReason = reason;
    }

    private void requireApproved(String act) {
        if (status != PaymentStatus.APPROVED) {
            throw DomainException.conflict(NOT_APPROVED, "order " + id + " is " + status + "; only an approved order is "
                    + act);
        }
    }

    /**
     * The commitment it pays was released before it was paid: nobody decided it, so {@code decidedBy}
     * stays empty (the initiator may be the one who withdrew); the reason says why.
     */
    public void cancel(String reason, Instant now) {
        if (!isPending()) {
            throw DomainException.conflict(NOT_PENDING, "order " + id + " is " + status
                    + "; only a pending order is cancelled");
        }
        status = PaymentStatus.CANCELLED;
        decisionReason = reason;
        decidedAt = now;
    }

    public static Optional<PaymentOrder> byIdForUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
