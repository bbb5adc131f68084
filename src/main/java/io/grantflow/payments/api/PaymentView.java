package io.grantflow.payments.api;

import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.money.Money;

import java.time.Instant;

/** A payment order with its process state. */
public record PaymentView(Long id, Long account, String payeeName, String iban, String currency, Money amount,
                          String purpose, String reference, PaymentStatus status, String initiatedBy,
                          String decidedBy, String decisionReason, String batchId, Long transfer, String processStep,
                          Instant createdAt, Instant decidedAt, Instant paidAt) {

    public static PaymentView of(PaymentOrder o, String processStep) {
        return new PaymentView(o.id, o.accountId, o.payeeName, o.iban, Money.CURRENCY, o.amount, o.purpose, o.reference,
                o.status, o.initiatedBy, o.decidedBy, o.decisionReason, o.batchId, o.transferId, processStep,
                o.createdAt, o.decidedAt, o.paidAt);
    }
}
