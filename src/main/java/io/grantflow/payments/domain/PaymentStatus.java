package io.grantflow.payments.domain;

import java.util.List;

/**
 * created → approved by a second person → paid; or rejected; failed when the budget no longer allows it;
 * cancelled when the commitment it pays is released before it was paid (an SME's withdrawal).
 */
public enum PaymentStatus {
    PENDING_APPROVAL,
    APPROVED,
    PAID,
    REJECTED,
    FAILED,
    CANCELLED;

    /** Orders that still count against what the account has to pay: awaiting approval or execution. */
    public static final List<PaymentStatus> PENDING = List.of(PENDING_APPROVAL, APPROVED);

    /** Whether an order in this status was never paid and never will be. */
    public boolean unpaidForGood() {
        return this == REJECTED || this == FAILED || this == CANCELLED;
    }
}
