package io.grantflow.calls.domain;

import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A funding programme (e.g. the Single Market Programme's COSME strand) with its budget. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public Money budget;

    @Column(nullable = false)
    public boolean illustrative;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Programme() {
    }

    public Programme(String code, String name, Money budget, boolean illustrative, Instant now) {
        this.code = code;
        this.name = name;
        this.budget = budget;
        this.illustrative = illustrative;
        this.createdAt = now;
    }

    public static Optional<Programme> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The programme, locked until the transaction ends: serialises changes to its calls' budgets. */
    public static Optional<Programme> byCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
