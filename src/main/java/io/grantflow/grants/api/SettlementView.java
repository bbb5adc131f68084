package io.grantflow.grants.api;

import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the accepted report of a period settled (docs/grants.md, "Payments"): the interim payment (or the balance),
 * from the contribution accepted to date, the ceiling and what was paid before; at closure also the final grant
 * amount, the SME-share rule's figures ({@code rule} is {@code sme_share_at_closure} when it reduced the amount),
 * the recovery and what was released to the budget. {@code preview}: what accepting the submitted report now would
 * settle, written nowhere yet.
 */
public record SettlementView(int period, boolean finalSettlement, Money acceptedToDate, Money ceiling,
                             Money paidBefore, Money amount, Long paymentOrder, PaymentStatus paymentStatus,
                             Money finalAmount, Money smeSupportPaid, Money smeShareCap, Money smeShareReduction,
                             String rule, Money recovery, LocalDate recoveryDueOn, Money released, String settledBy,
                             Instant settledAt, boolean preview) {
}
