package io.grantflow.money;

import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.support.Seeded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of allocations, commitments, payments, recoveries, de-commitments, carry-overs
 * (between the two sibling budgets, as between a call's cut-offs) and reversals
 * (12 sequences of 35 steps drawn from a logged seed, see {@link Seeded}) against the real ledger and
 * database: after every step each
 * account keeps 0 ≤ paid ≤ committed ≤ allocated, every level adds up to the levels below it, and
 * what the payee was paid equals what the ledger's entries say.
 */
@QuarkusTest
class LedgerSequencePropertyTest {

    enum Op { ALLOCATE, COMMIT, PAY, RECOVER, DECOMMIT, CARRY, REVERSE }

    record Step(Op op, int target, BigDecimal amount) {
    }

    @Inject
    Ledger ledger;

    @Inject
    EntityManager em;

    /** A random step: any kind, any target, amounts mostly small (7 in 10 up to 5,000.00, else up to 400,000.00). */
    private static Step step(Seeded.Draw draw) {
        Op op = draw.oneOf(Op.values());
        int target = draw.between(0, 50);
        BigDecimal amount = draw.between(1, 10) <= 7 ? draw.amount("0.01", "5000.00")
                : draw.amount("5000.01", "400000.00");
        return new Step(op, target, amount);
    }

    /** Every kind once, so that each sequence starts from a tree with money at every level. */
    private static final List<Step> PREFIX = List.of(
            new Step(Op.ALLOCATE, 0, new BigDecimal("300000.00")),
            new Step(Op.COMMIT, 0, new BigDecimal("100000.00")),
            new Step(Op.PAY, 0, new BigDecimal("40000.00")),
            new Step(Op.RECOVER, 0, new BigDecimal("5000.00")),
            new Step(Op.DECOMMIT, 0, new BigDecimal("10000.00")),
            new Step(Op.CARRY, 0, new BigDecimal("20000.00")),
            new Step(Op.REVERSE, 2, new BigDecimal("1.00")));

    private final java.util.Map<Op, Integer> moved = new java.util.EnumMap<>(Op.class);

    @Test
    void invariantsHoldForRandomSequences() {
        Seeded.runs(12, draw -> {
            List<Step> steps = new ArrayList<>(PREFIX);
            for (int i = 0; i < 35; i++) {
                steps.add(step(draw));
            }
            run(steps);
        });
        // the sequences really moved money of every kind (and were not all refused)
        assertThat(moved.keySet()).containsExactlyInAnyOrder(Op.values());
    }

    private void run(List<Step> steps) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long programme = tx(() -> {
            LedgerAccount p = ledger.open(AccountKind.PROGRAMME, "PROP-" + tag, "property programme", null, null);
            ledger.transfer(TransferKind.FUNDING, ledger.source().id, p.id, Money.eur("1000000.00"), "prop-fund:" + tag, "t");
            return p.id;
        });
        List<Long> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int n = i;
            calls.add(tx(() -> ledger.open(AccountKind.CALL, "PROP-" + tag + "-C" + n, "call", programme, null).id));
        }
        long payee = tx(() -> ledger.open(AccountKind.PAYEE, "prop-payee:" + tag, "payee", null, null).id);
        List<Long> commitments = new ArrayList<>();
        List<Long> transfers = new ArrayList<>();
        int counter = 0;
        long[] opened = new long[1];
        for (Step step : steps) {
            opened[0] = 0;
            counter++;
            String ref = tag + ":" + counter;
            Money amount = Money.of(step.amount());
            try {
                Long transfer = tx(() -> switch (step.op()) {
                    case ALLOCATE -> ledger.transfer(TransferKind.ALLOCATION, programme,
                            calls.get(step.target() % 2), amount, "prop-alloc:" + ref, "t").id;
                    case COMMIT -> {
                        long call = calls.get(step.target() % 2);
                        LedgerAccount c = ledger.open(AccountKind.COMMITMENT, "prop-commit:" + ref, "c", call, null);
                        opened[0] = c.id; // known only if the transaction commits
                        yield ledger.transfer(TransferKind.COMMITMENT, call, c.id, amount, "prop-commit:" + ref, "t").id;
                    }
                    case PAY -> commitments.isEmpty() ? null : ledger.transfer(TransferKind.PAYMENT,
                            pick(commitments, step), payee, amount, "prop-pay:" + ref, "t").id;
                    case RECOVER -> commitments.isEmpty() ? null : ledger.transfer(TransferKind.RECOVERY, payee,
                            pick(commitments, step), amount, "prop-recover:" + ref, "t").id;
                    case DECOMMIT -> {
                        if (commitments.isEmpty()) {
                            yield null;
                        }
                        long c = pick(commitments, step);
                        long parent = LedgerAccount.<LedgerAccount>findById(c).parentId;
                        yield ledger.transfer(TransferKind.DECOMMITMENT, c, parent, amount, "prop-decommit:" + ref, "t").id;
                    }
                    case CARRY -> ledger.transfer(TransferKind.CARRY_OVER, calls.get(step.target() % 2),
                            calls.get((step.target() + 1) % 2), amount, "prop-carry:" + ref, "t").id;
                    case REVERSE -> transfers.isEmpty() ? null
                            : ledger.reverse(transfers.get(step.target() % transfers.size()), "t").id;
                });
                if (transfer != null) {
                    moved.merge(step.op(), 1, Integer::sum);
                }
                if (transfer != null && step.op() != Op.REVERSE) {
                    transfers.add(transfer);
                }
                if (opened[0] != 0) {
                    commitments.add(opened[0]);
                }
            } catch (DomainException refused) {
                assertThat(refused.code()).isIn("insufficient_funds", "reversal_of_reversal");
            } catch (RuntimeException e) {
                if (!(rootCause(e) instanceof DomainException a) || !a.code().equals("insufficient_funds")) {
                    throw e;
                }
            }
            check(programme, calls, commitments, payee);
        }
    }

    private void check(long programme, List<Long> calls, List<Long> commitments, long payee) {
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerAccount p = LedgerAccount.findById(programme);
            LedgerAccount payeeAccount = LedgerAccount.findById(payee);
            Money callsAllocated = Money.ZERO;
            Money callsPaid = Money.ZERO;
            Money commitmentsPaid = Money.ZERO;
            for (Long id : calls) {
                LedgerAccount call = LedgerAccount.findById(id);
                assertThat(call.consistent()).as("call %s", call.reference).isTrue();
                callsAllocated = callsAllocated.plus(call.allocated);
                callsPaid = callsPaid.plus(call.paid);
                Money childrenAllocated = Money.ZERO;
                Money childrenPaid = Money.ZERO;
                for (LedgerAccount c : LedgerAccount.<LedgerAccount>list("parentId", id)) {
                    assertThat(c.consistent()).isTrue();
                    assertThat(c.committed).isEqualTo(c.allocated); // wholly committed to its payee
                    childrenAllocated = childrenAllocated.plus(c.allocated);
                    childrenPaid = childrenPaid.plus(c.paid);
                }
                assertThat(call.committed).isEqualTo(childrenAllocated);
                assertThat(call.paid).isEqualTo(childrenPaid);
                commitmentsPaid = commitmentsPaid.plus(childrenPaid);
            }
            assertThat(p.consistent()).isTrue();
            assertThat(p.allocated).isEqualTo(Money.eur("1000000.00"));
            assertThat(p.committed).isEqualTo(callsAllocated);
            assertThat(p.paid).isEqualTo(callsPaid);
            assertThat(payeeAccount.paid).isEqualTo(commitmentsPaid);
            assertThat(payeeAccount.paid).isEqualTo(paidToPayeeByEntries(payee));
        });
    }

    /** What the entries say the payee received: payments in, recoveries out, and their reversals. */
    private Money paidToPayeeByEntries(long payee) {
        Object sum = em.createNativeQuery("""
                select coalesce(sum(case
                    when t.kind = 'PAYMENT' and t.credit_account_id = ?1 then t.amount
                    when t.kind = 'RECOVERY' and t.debit_account_id = ?1 then -t.amount
                    when t.kind = 'REVERSAL' and o.kind = 'PAYMENT' and o.credit_account_id = ?1 then -t.amount
                    when t.kind = 'REVERSAL' and o.kind = 'RECOVERY' and o.debit_account_id = ?1 then t.amount
                    else 0 end), 0)
                from grantflow.ledger_transfer t left join grantflow.ledger_transfer o on o.id = t.reverses_id
                where t.credit_account_id = ?1 or t.debit_account_id = ?1
                """).setParameter(1, payee).getSingleResult();
        return Money.of(new BigDecimal(sum.toString()));
    }

    private static long pick(List<Long> list, Step step) {
        return list.get(step.target() % list.size());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof DomainException) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    private static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
