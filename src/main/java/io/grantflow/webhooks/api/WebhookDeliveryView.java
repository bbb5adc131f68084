package io.grantflow.webhooks.api;

import java.time.Instant;

/**
 * One message to an endpoint and where it stands.
 *
 * @param messageId      the {@code webhook-id} header, the same on every attempt
 * @param status         PENDING, DELIVERED or FAILED
 * @param nextAttemptAt  when it is tried next (PENDING only)
 * @param giveUpAt       the end of its retry window
 * @param lastStatusCode the status of the last answer (null when there was none)
 * @param lastError      why the last attempt failed
 */
public record WebhookDeliveryView(Long id, String messageId, String eventKind, String status, int attempts,
                                  Instant nextAttemptAt, Instant giveUpAt, Integer lastStatusCode, String lastError,
                                  Instant createdAt, Instant deliveredAt) {
}
