package io.grantflow.payments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The bank account a commitment, grant or award account pays: registered once (a grant's at its
 * signature, an award's from the application, a commitment's with its first order) and never a free
 * field of an order afterwards.
 */
@Entity
@Table(name = "payee_bank_account")
public class PayeeBankAccount extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(nullable = false)
    public String iban;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    protected PayeeBankAccount() {
    }

    public PayeeBankAccount(Long accountId, String iban, String registeredBy, Instant now) {
        this.accountId = accountId;
        this.iban = iban;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
    }

    /** Whether an order to {@code iban} (normalised) pays this account's payee. */
    public boolean pays(String iban) {
        return this.iban.equals(iban);
    }
}
