package io.grantflow.webhooks.domain;

/** Where a webhook delivery stands: waiting for (another) attempt, answered with a 2xx, or given up. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
