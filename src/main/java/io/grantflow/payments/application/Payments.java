package io.grantflow.payments.application;

import io.grantflow.payments.api.PaymentView;
import io.grantflow.payments.api.PaymentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * What the payments feature publishes to other features that pay (grants at signature, the cascade's
 * tranches and releases): they order, register a payee's bank account and cancel what is not paid
 * only through here, never by writing payment orders.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Payments {

    /**
     * Told, in the transaction that pays it, that an order was paid (once per order): features that
     * ordered it (the cascade's tranches) observe it to tell their people.
     */
    public record Paid(Long orderId, Long accountId, Money amount, String reference, Instant paidAt) {
    }

    @Inject
    PaymentOrdering ordering;

    @Inject
    PaymentExecution execution;

    /** See {@link PaymentOrdering#open}: an order initiated by {@code actor}, sent to approval. */
    public PaymentView open(PaymentRequest request, String actor) {
        return ordering.open(request, actor);
    }

    /** See {@link PaymentOrdering#registerPayeeAccount}. */
    public void registerPayeeAccount(Long accountId, String iban, String actor) {
        ordering.registerPayeeAccount(accountId, iban, actor);
    }

    /** How many orders on the account await approval or execution. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pendingCount(Long accountId) {
        return ordering.pendingCount(accountId);
    }

    /** What the orders on the account have paid or will pay (awaiting approval, approved or paid). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Money orderedOrPaid(Long accountId) {
        return ordering.orderedOrPaid(accountId);
    }

    /** See {@link PaymentExecution#cancelPending}: the commitment the orders pay is being released. */
    public List<PaymentView> cancelPending(Long accountId, String reason) {
        return execution.cancelPending(accountId, reason);
    }
}
