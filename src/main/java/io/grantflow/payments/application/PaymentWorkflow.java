package io.grantflow.payments.application;

import java.util.Optional;

/** The port to the payment-approval process (implemented in the workflow package). */
public interface PaymentWorkflow {

    void start(Long orderId);

    /** The second person's decision completes the approval step. */
    void decided(Long orderId, boolean approved);

    Optional<String> currentStep(Long orderId);
}
