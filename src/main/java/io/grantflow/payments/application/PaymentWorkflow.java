package io.grantflow.payments.application;

import java.util.Optional;

/** The port to the payment-approval process (implemented in the workflow package). */
public interface PaymentWorkflow {

    void start(Long orderId);

    /** The second person's decision completes the approval step. */
    void decided(Long orderId, boolean approved);

    /**
     * The order was cancelled (already recorded): an instance waiting for the decision ends at
     * "cancelled"; one waiting to execute ends there when its job finds the order cancelled.
     */
    void cancelled(Long orderId);

    Optional<String> currentStep(Long orderId);
}
