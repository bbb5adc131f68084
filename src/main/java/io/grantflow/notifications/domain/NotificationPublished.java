package io.grantflow.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event that was notified, fired (CDI, synchronously) in the transaction that wrote its notifications:
 * an observer that writes more rows (the webhook outbox) commits or rolls back with the event.
 *
 * @param recipients the people notified (handles), each once
 * @param organisations the organisations the event concerns (their webhooks hear of it), may be empty
 */
public record NotificationPublished(NotificationKind kind, String reference, Map<String, String> params,
                                    List<String> recipients, List<Long> organisations, Instant occurredAt) {
}
