package io.grantflow.notifications.api;

import java.time.Instant;
import java.util.List;

/**
 * A person's saved interests: an open call that opens and matches them is announced (CALL_MATCHES_INTERESTS).
 *
 * @param updatedAt when they were last saved; null when never
 */
public record InterestsView(List<String> countries, List<String> sectors, List<String> supportTypes, Instant updatedAt) {
}
