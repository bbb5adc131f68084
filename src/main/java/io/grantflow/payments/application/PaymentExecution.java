package io.grantflow.payments.application;

import io.grantflow.payments.api.PaymentView;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to an approved order: the payment-approval process pays it as one ledger PAYMENT
 * (idempotent by the order's reference, so a retried job pays once; {@link Payments.Paid} tells the
 * features that observe it, in the same transaction), or it fails when the budget no
 * longer allows it; orders not paid yet are cancelled when the commitment they pay is released.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PaymentExecution {

    private static final Logger LOG = Logger.getLogger(PaymentExecution.class);

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    PaymentWorkflow workflow;

    @Inject
    PaymentQueries queries;

    @Inject
    EntityManager em;

    @Inject
    Event<Payments.Paid> paid;

    /** The service task: pays once, whatever the number of times the engine runs it. */
    public boolean execute(Long id) {
        PaymentOrder order = PaymentDecisions.locked(id);
        if (order.isPaid()) {
            return true;
        }
        if (!order.awaitsExecution()) {
            return false;
        }
        LedgerAccount account = ledger.lockForPayment(order.accountId); // the whole chain, in id order
        String reference = "payment-order:" + order.id;
        if (LedgerTransfer.find(TransferKind.PAYMENT, reference).isEmpty() && order.amount.greaterThan(account.stillToPay())) {
            order.fail("insufficient funds at execution: still to pay EUR " + account.stillToPay());
            LOG.warnf("Payment order %d failed: %s", order.id, order.decisionReason);
            return false;
        }
        LedgerAccount payee = ledger.open(AccountKind.PAYEE, "iban:" + order.iban, order.payeeName, null, null);
        LedgerTransfer t = ledger.transfer(TransferKind.PAYMENT, account.id, payee.id, order.amount, reference,
                order.decidedBy);
        order.pay(t.id, clock.instant());
        paid.fire(new Payments.Paid(order.id, order.accountId, order.amount, order.reference, order.paidAt));
        return true;
    }

    /** Whether an order was cancelled before it was paid (the process then ends at "cancelled"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isCancelled(Long id) {
        PaymentOrder o = PaymentOrder.findById(id);
        return o != null && o.isCancelled();
    }

    /**
     * Cancels the orders on {@code accountId} that are not paid yet (awaiting approval, or approved
     * and awaiting execution), because the commitment they pay is being released; returns them. Locks
     * each order in id order, as a decision and the execution do, so an execution that got there first
     * has paid (the order stays {@code PAID}) and one that comes later finds it {@code CANCELLED} and
     * pays nothing. Idempotent: a cancelled order is not cancelled again.
     */
    public List<PaymentView> cancelPending(Long accountId, String reason) {
        List<Long> ids = em.createQuery("select o.id from PaymentOrder o where o.accountId = :a and o.status in :s "
                        + "order by o.id", Long.class)
                .setParameter("a", accountId).setParameter("s", PaymentStatus.PENDING).getResultList();
        List<PaymentView> cancelled = new ArrayList<>();
        for (Long id : ids) {
            PaymentOrder o = PaymentDecisions.locked(id);
            if (o.isPending()) {
                o.cancel(reason, clock.instant());
                workflow.cancelled(o.id);
                LOG.infof("Payment order %d cancelled: %s", o.id, reason);
                cancelled.add(queries.view(o));
            }
        }
        return cancelled;
    }
}
