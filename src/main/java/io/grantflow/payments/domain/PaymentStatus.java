package io.grantflow.payments.domain;

/** created → approved by a second person → paid; or rejected; failed when the budget no longer allows it. */
public enum PaymentStatus {
    PENDING_APPROVAL,
    APPROVED,
    PAID,
    REJECTED,
    FAILED
}
