package io.grantflow.ledger.application;

import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The only way money moves. Each transfer locks every account it touches (in id order, so that
 * concurrent transfers cannot deadlock), applies its effect to their summaries, refuses it if any
 * invariant would break (0 ≤ paid ≤ committed ≤ allocated), and appends one immutable entry. A
 * transfer is identified by its kind and business reference: repeating it (a retried job, a
 * repeated command) returns the first one and moves nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Ledger {

    public static final String SOURCE_REFERENCE = "EU-BUDGET";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The account of this kind and reference, opened if it does not exist yet. */
    public LedgerAccount open(AccountKind kind, String reference, String name, Long parentId, Long payeeOrganisationId) {
        em.createNativeQuery("insert into grantflow.ledger_account (kind, reference, name, parent_id, "
                        + "payee_organisation_id, created_at) values (?1, ?2, ?3, ?4, ?5, ?6) "
                        + "on conflict (kind, reference) do nothing")
                .setParameter(1, kind.name()).setParameter(2, reference).setParameter(3, name)
                .setParameter(4, parentId).setParameter(5, payeeOrganisationId)
                .setParameter(6, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        return LedgerAccount.find(kind, reference).orElseThrow();
    }

    public LedgerAccount source() {
        return open(AccountKind.SOURCE, SOURCE_REFERENCE, "EU budget", null, null);
    }

    /** Moves {@code amount} from {@code debitId} to {@code creditId}; see {@link TransferKind}. */
    public LedgerTransfer transfer(TransferKind kind, Long debitId, Long creditId, Money amount, String reference,
                                   String actor) {
        if (kind == TransferKind.REVERSAL) {
            throw new IllegalArgumentException("use reverse()");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a transfer moves a positive amount");
        }
        var existing = LedgerTransfer.find(kind, reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        Long commitmentSide = kind == TransferKind.PAYMENT ? debitId : kind == TransferKind.RECOVERY ? creditId : null;
        Map<Long, LedgerAccount> locked = lock(debitId, creditId, commitmentSide);
        existing = LedgerTransfer.find(kind, reference); // a concurrent twin may have committed while we waited
        if (existing.isPresent()) {
            return existing.get();
        }
        LedgerAccount debit = locked.get(debitId);
        LedgerAccount credit = locked.get(creditId);
        if (kind == TransferKind.CARRY_OVER && (debit.parentId == null || !debit.parentId.equals(credit.parentId))) {
            // between siblings only: the parent's committed stays the sum of its children's allocated
            throw new IllegalArgumentException("a carry-over moves budget between two accounts of the same parent");
        }
        effect(kind, debit, credit, amount, locked, 1);
        check(locked.values(), amount);
        LedgerTransfer t = new LedgerTransfer(kind, debitId, creditId, amount, reference, actor, clock.instant(), null);
        t.persist();
        em.flush();
        return t;
    }

    /**
     * Carries what is available in {@code fromId} (a cut-off's unused budget) to {@code toId}, read under the
     * accounts' row locks, so a concurrent commitment or release cannot slip in between; once per reference:
     * a repeated carry-over returns the first transfer. Empty when nothing is available (and none was carried).
     */
    public java.util.Optional<LedgerTransfer> carryOver(Long fromId, Long toId, String reference, String actor) {
        var existing = LedgerTransfer.find(TransferKind.CARRY_OVER, reference);
        if (existing.isPresent()) {
            return existing;
        }
        Map<Long, LedgerAccount> locked = lock(fromId, toId, null);
        existing = LedgerTransfer.find(TransferKind.CARRY_OVER, reference);
        if (existing.isPresent()) {
            return existing;
        }
        Money unused = locked.get(fromId).available();
        if (!unused.isPositive()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(transfer(TransferKind.CARRY_OVER, fromId, toId, unused, reference, actor));
    }

    /** Locks a commitment and every account above it (in id order, as a payment does) and returns it. */
    public LedgerAccount lockForPayment(Long commitmentId) {
        return lock(commitmentId, commitmentId, commitmentId).get(commitmentId);
    }

    /** Undoes a transfer exactly, once; a second reversal of the same transfer returns the first. */
    public LedgerTransfer reverse(Long transferId, String actor) {
        LedgerTransfer original = LedgerTransfer.<LedgerTransfer>findByIdOptional(transferId)
                .orElseThrow(() -> DomainException.notFound("transfer", String.valueOf(transferId)));
        if (original.kind == TransferKind.REVERSAL) {
            throw DomainException.conflict("reversal_of_reversal", "a reversal is corrected by a new transfer, not reversed");
        }
        String reference = reversalReference(transferId);
        var existing = LedgerTransfer.find(TransferKind.REVERSAL, reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        Long commitmentSide = original.kind == TransferKind.PAYMENT ? original.debitAccountId
                : original.kind == TransferKind.RECOVERY ? original.creditAccountId : null;
        Map<Long, LedgerAccount> locked = lock(original.debitAccountId, original.creditAccountId, commitmentSide);
        existing = LedgerTransfer.find(TransferKind.REVERSAL, reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        LedgerAccount debit = locked.get(original.debitAccountId);
        LedgerAccount credit = locked.get(original.creditAccountId);
        effect(original.kind, debit, credit, original.amount, locked, -1);
        check(locked.values(), original.amount);
        LedgerTransfer t = new LedgerTransfer(TransferKind.REVERSAL, original.creditAccountId, original.debitAccountId,
                original.amount, reference, actor, clock.instant(), original.id);
        t.persist();
        em.flush();
        return t;
    }

    /** The reference of the reversal of a transfer: one reversal per transfer. */
    public static String reversalReference(Long transferId) {
        return "reversal-of:" + transferId;
    }

    /**
     * The effect of a transfer of {@code kind} from {@code debit} to {@code credit} on the account
     * summaries: forwards (sign 1) when it is made, backwards (-1) when it is reversed. The one place
     * that maps a transfer kind to its effect, for transfers, reversals and {@link LedgerReplay}.
     */
    static void effect(TransferKind kind, LedgerAccount debit, LedgerAccount credit, Money amount,
                               Map<Long, LedgerAccount> accounts, int sign) {
        switch (kind) {
            case FUNDING, ALLOCATION, COMMITMENT, PAYMENT, CARRY_OVER -> apply(kind, debit, credit, amount, accounts, sign);
            case DECOMMITMENT -> apply(credit.kind.isCommitmentToPayee() || debit.kind.isCommitmentToPayee()
                    ? TransferKind.COMMITMENT : TransferKind.ALLOCATION, credit, debit, amount, accounts, -sign);
            case RECOVERY -> apply(TransferKind.PAYMENT, credit, debit, amount, accounts, -sign);
            default -> throw new IllegalArgumentException("no effect for " + kind);
        }
    }

    /**
     * The effect of {@code kind} from {@code from} to {@code to}, forwards (sign 1) or backwards (-1):
     * FUNDING: to.allocated; ALLOCATION: from.committed, to.allocated; COMMITMENT: also to.committed;
     * PAYMENT: paid of the commitment and of every account above it, and the payee's received amounts.
     */
    private static void apply(TransferKind kind, LedgerAccount from, LedgerAccount to, Money amount,
                              Map<Long, LedgerAccount> locked, int sign) {
        Money x = sign > 0 ? amount : Money.ZERO.minus(amount);
        switch (kind) {
            case FUNDING -> to.allocated = to.allocated.plus(x);
            case ALLOCATION -> {
                from.committed = from.committed.plus(x);
                to.allocated = to.allocated.plus(x);
            }
            case COMMITMENT -> {
                from.committed = from.committed.plus(x);
                to.allocated = to.allocated.plus(x);
                to.committed = to.committed.plus(x);
            }
            case PAYMENT -> {
                for (LedgerAccount a = from; a != null; a = a.parentId == null ? null : locked.get(a.parentId)) {
                    a.paid = a.paid.plus(x);
                }
                to.allocated = to.allocated.plus(x);
                to.committed = to.committed.plus(x);
                to.paid = to.paid.plus(x);
            }
            case CARRY_OVER -> {
                from.allocated = from.allocated.minus(x);
                to.allocated = to.allocated.plus(x);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private static void check(Iterable<LedgerAccount> accounts, Money amount) {
        List<Violation> violations = new ArrayList<>();
        for (LedgerAccount a : accounts) {
            if (!a.consistent()) {
                violations.add(new Violation("amount", "insufficient_funds", a.kind + " " + a.reference
                        + " cannot take EUR " + amount + ": it would have allocated " + a.allocated + ", committed "
                        + a.committed + ", paid " + a.paid));
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.ruleBroken("insufficient_funds", "the budget does not allow this movement", violations);
        }
    }

    /** Locks (and re-reads) the accounts and, for payments, every account above the commitment; in id order. */
    private Map<Long, LedgerAccount> lock(Long debitId, Long creditId, Long commitmentSide) {
        TreeSet<Long> ids = new TreeSet<>(List.of(debitId, creditId));
        if (commitmentSide != null) {
            Long parent = parentOf(commitmentSide);
            while (parent != null) {
                ids.add(parent);
                parent = parentOf(parent);
            }
        }
        Map<Long, LedgerAccount> locked = new LinkedHashMap<>();
        for (Long id : ids) {
            LedgerAccount a = em.find(LedgerAccount.class, id);
            if (a == null) {
                throw DomainException.notFound("account", String.valueOf(id));
            }
            em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
            locked.put(id, a);
        }
        return locked;
    }

    private Long parentOf(Long id) {
        List<Long> parents = em.createQuery("select a.parentId from LedgerAccount a where a.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        return parents.isEmpty() ? null : parents.get(0);
    }
}
