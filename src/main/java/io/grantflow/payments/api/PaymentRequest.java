package io.grantflow.payments.api;

import io.grantflow.shared.money.Money;

/** The body of {@code POST /api/payments}: pay a payee out of a commitment account. */
public record PaymentRequest(Long account, String payeeName, String iban, Money amount, String purpose,
                             String reference) {
}
