package io.grantflow.ledger.domain;

import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Optional;

/** One movement of money: never updated or deleted (a trigger refuses it); corrected by a reversal. */
@Entity
@Immutable
@Table(name = "ledger_transfer")
public class LedgerTransfer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TransferKind kind;

    @Column(name = "debit_account_id", nullable = false)
    public Long debitAccountId;

    @Column(name = "credit_account_id", nullable = false)
    public Long creditAccountId;

    @Column(nullable = false)
    public Money amount;

    /** The business act (e.g. {@code payment-order:42}); one transfer per kind and reference. */
    @Column(nullable = false)
    public String reference;

    @Column(name = "caused_by", nullable = false)
    public String causedBy;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "reverses_id")
    public Long reversesId;

    protected LedgerTransfer() {
    }

    public LedgerTransfer(TransferKind kind, Long debitAccountId, Long creditAccountId, Money amount, String reference,
                          String causedBy, Instant occurredAt, Long reversesId) {
        this.kind = kind;
        this.debitAccountId = debitAccountId;
        this.creditAccountId = creditAccountId;
        this.amount = amount;
        this.reference = reference;
        this.causedBy = causedBy;
        this.occurredAt = occurredAt;
        this.reversesId = reversesId;
    }

    public static Optional<LedgerTransfer> find(TransferKind kind, String reference) {
        return find("kind = ?1 and reference = ?2", kind, reference).firstResultOptional();
    }
}
