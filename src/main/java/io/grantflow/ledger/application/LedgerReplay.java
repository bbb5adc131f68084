package io.grantflow.ledger.application;

import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ledger back by replaying its transfers onto zeroed copies of the accounts, with the same
 * effects as when they were made ({@link Ledger#effect}): the reconciliation of every stored summary,
 * and the history of one account. Moves nothing; reads a part of the ledger or all of it, not a hot path.
 */
@ApplicationScoped
public class LedgerReplay {

    @Inject
    EntityManager em;

    /** One account whose summary differs from the replay of the transfers. */
    public record Difference(Long account, String field, Money stored, Money fromTransfers) {
    }

    /** At most this many differences are listed; {@code differenceCount} counts them all. */
    public static final int LISTED_DIFFERENCES = 1000;

    /** The result of {@link #reconcile()}: balanced when no account differs; the first differences by account. */
    public record Reconciliation(long accounts, long transfers, boolean balanced, long differenceCount,
                                 List<Difference> differences) {
    }

    /**
     * Replays every transfer, in order, onto zeroed copies of the accounts (the same effects as when
     * they were made, reversals included) and compares the result with the stored summaries: a
     * summary that was changed outside a transfer, or a transfer whose summary update was lost,
     * shows as a difference. Reads the whole ledger; an operational check, not a hot path.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Reconciliation reconcile() {
        Map<Long, LedgerAccount> stored = new LinkedHashMap<>();
        Map<Long, LedgerAccount> replay = new LinkedHashMap<>();
        for (LedgerAccount a : em.createQuery("from LedgerAccount order by id", LedgerAccount.class).getResultList()) {
            stored.put(a.id, a);
            replay.put(a.id, copy(a));
        }
        long transfers = 0;
        try (@SuppressWarnings("unchecked") java.util.stream.Stream<Object[]> rows = em.createNativeQuery(
                "select t.kind, t.debit_account_id, t.credit_account_id, t.amount, o.kind "
                        + "from grantflow.ledger_transfer t left join grantflow.ledger_transfer o on o.id = t.reverses_id "
                        + "order by t.id").getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                transfers++;
                TransferKind kind = TransferKind.valueOf((String) row[0]);
                LedgerAccount debit = replay.get(((Number) row[1]).longValue());
                LedgerAccount credit = replay.get(((Number) row[2]).longValue());
                Money amount = Money.of((java.math.BigDecimal) row[3]);
                if (kind == TransferKind.REVERSAL) {
                    // a reversal runs from the original's credit account to its debit account
                    Ledger.effect(TransferKind.valueOf((String) row[4]), credit, debit, amount, replay, -1);
                } else {
                    Ledger.effect(kind, debit, credit, amount, replay, 1);
                }
            }
        }
        List<Difference> differences = new ArrayList<>();
        for (LedgerAccount a : stored.values()) {
            if (a.kind == AccountKind.SOURCE) {
                continue; // carries no balances
            }
            LedgerAccount r = replay.get(a.id);
            compare(a.id, "allocated", a.allocated, r.allocated, differences);
            compare(a.id, "committed", a.committed, r.committed, differences);
            compare(a.id, "paid", a.paid, r.paid, differences);
        }
        return new Reconciliation(stored.size(), transfers, differences.isEmpty(), differences.size(),
                differences.subList(0, Math.min(differences.size(), LISTED_DIFFERENCES)));
    }

    /** An account's figures just after a transfer changed them. */
    public record Balance(Instant at, Money allocated, Money committed, Money paid) {
    }

    /**
     * How the account's allocated, committed and paid grew: its figures after each transfer that changed them, in
     * order. Replays, with the same effects as {@link #reconcile()}, the transfers that touch the account or any
     * account below it (payments below it raise its paid); reads that part of the ledger, not a hot path.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Balance> history(Long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> below = em.createNativeQuery("with recursive tree(id) as (select cast(:id as bigint) "
                + "union all select a.id from grantflow.ledger_account a join tree on a.parent_id = tree.id) "
                + "select id from tree").setParameter("id", accountId).getResultList();
        Map<Long, LedgerAccount> replay = new java.util.HashMap<>();
        List<Long> tree = below.stream().map(Number::longValue).toList();
        // every account of the tree first: a payment raises paid up the tree through the accounts in the replay
        for (LedgerAccount a : em.createQuery("from LedgerAccount where id in :tree", LedgerAccount.class)
                .setParameter("tree", tree).getResultList()) {
            replay.put(a.id, copy(a));
        }
        List<Balance> history = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.kind, t.debit_account_id, t.credit_account_id, t.amount, "
                + "o.kind, t.occurred_at from grantflow.ledger_transfer t "
                + "left join grantflow.ledger_transfer o on o.id = t.reverses_id "
                + "where t.debit_account_id = any(:tree) or t.credit_account_id = any(:tree) order by t.id")
                .setParameter("tree", tree.toArray(Long[]::new)).getResultList();
        Balance last = new Balance(null, Money.ZERO, Money.ZERO, Money.ZERO);
        for (Object[] row : rows) {
            TransferKind kind = TransferKind.valueOf((String) row[0]);
            LedgerAccount debit = replayed(((Number) row[1]).longValue(), replay);
            LedgerAccount credit = replayed(((Number) row[2]).longValue(), replay);
            Money amount = Money.of((java.math.BigDecimal) row[3]);
            if (kind == TransferKind.REVERSAL) {
                Ledger.effect(TransferKind.valueOf((String) row[4]), credit, debit, amount, replay, -1);
            } else {
                Ledger.effect(kind, debit, credit, amount, replay, 1);
            }
            LedgerAccount a = replayed(accountId, replay);
            if (a.allocated.compareTo(last.allocated()) != 0 || a.committed.compareTo(last.committed()) != 0
                    || a.paid.compareTo(last.paid()) != 0) {
                last = new Balance(instant(row[5]), a.allocated, a.committed, a.paid);
                history.add(last);
            }
        }
        return history;
    }

    /** A zeroed copy of the account for a replay (its parent link kept: payments raise paid up the tree). */
    private LedgerAccount replayed(Long id, Map<Long, LedgerAccount> replay) {
        return replay.computeIfAbsent(id, key -> copy(em.find(LedgerAccount.class, key)));
    }

    private static LedgerAccount copy(LedgerAccount a) {
        LedgerAccount copy = new LedgerAccount(a.kind, a.reference, a.name, a.parentId, a.payeeOrganisationId,
                a.createdAt);
        copy.id = a.id;
        return copy;
    }

    private static Instant instant(Object column) {
        if (column instanceof Instant i) {
            return i;
        }
        if (column instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) column).toInstant();
    }

    private static void compare(Long account, String field, Money stored, Money replayed, List<Difference> out) {
        if (stored.compareTo(replayed) != 0) {
            out.add(new Difference(account, field, stored, replayed));
        }
    }
}
