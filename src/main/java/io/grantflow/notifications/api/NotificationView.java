package io.grantflow.notifications.api;

import java.time.Instant;

/** A notification in a person's inbox. */
public record NotificationView(Long id, String kind, String subject, String body, String reference, Instant createdAt) {
}
