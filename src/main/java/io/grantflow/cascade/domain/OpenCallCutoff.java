package io.grantflow.cascade.domain;

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
import java.util.List;

/**
 * One cut-off of an open call: applications submitted after the previous cut-off closed (the first: after the open
 * call opened) and up to {@link #closesAt} count against its budget, which its own ledger account holds.
 */
@Entity
@Table(name = "open_call_cutoff")
public class OpenCallCutoff extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "open_call_id", nullable = false)
    public Long openCallId;

    /** 0 for the first cut-off. */
    @Column(name = "idx", nullable = false)
    public int index;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    /** The budget given at creation (what carry-overs moved since is in the account). */
    @Column(nullable = false)
    public Money budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Selection selection;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    protected OpenCallCutoff() {
    }

    public OpenCallCutoff(Long openCallId, int index, Instant closesAt, Money budget, Selection selection, Long accountId) {
        this.openCallId = openCallId;
        this.index = index;
        this.closesAt = closesAt;
        this.budget = budget;
        this.selection = selection;
        this.accountId = accountId;
    }

    /** The open call's cut-offs, first to last (none: one window). */
    public static List<OpenCallCutoff> of(Long openCallId) {
        return list("openCallId = ?1 order by index", openCallId);
    }

    public boolean isClosedAt(Instant now) {
        return now.isAfter(closesAt);
    }
}
