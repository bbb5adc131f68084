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

import java.time.Instant;
import java.util.Optional;

/**
 * An account of the budget tree with its summary: allocated (received), committed (passed on to
 * children or committed to a payee) and paid. Invariants, kept by {@code Ledger} under row locks and
 * backed by a CHECK constraint: 0 ≤ paid ≤ committed ≤ allocated; available = allocated − committed;
 * still to pay = committed − paid.
 */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountKind kind;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "payee_organisation_id")
    public Long payeeOrganisationId;

    @Column(nullable = false)
    public Money allocated = Money.ZERO;

    @Column(nullable = false)
    public Money committed = Money.ZERO;

    @Column(nullable = false)
    public Money paid = Money.ZERO;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected LedgerAccount() {
    }

    public LedgerAccount(AccountKind kind, String reference, String name, Long parentId, Long payeeOrganisationId,
                         Instant now) {
        this.kind = kind;
        this.reference = reference;
        this.name = name;
        this.parentId = parentId;
        this.payeeOrganisationId = payeeOrganisationId;
        this.createdAt = now;
    }

    public Money available() {
        return allocated.minus(committed);
    }

    public Money stillToPay() {
        return committed.minus(paid);
    }

    /** Whether the summary keeps its invariants. SOURCE carries no balances. */
    public boolean consistent() {
        return kind == AccountKind.SOURCE
                || (!paid.isNegative() && !paid.greaterThan(committed) && !committed.greaterThan(allocated));
    }

    public static Optional<LedgerAccount> find(AccountKind kind, String reference) {
        return find("kind = ?1 and reference = ?2", kind, reference).firstResultOptional();
    }
}
