package io.grantflow.notifications.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.Map;

/**
 * A notification in a person's inbox: subject and text as written in English when the event happened (the
 * pages and e-mails render them in the reader's language from the kind and the parameters), and where its
 * e-mail stands.
 *
 * @param email PENDING, SENT, DIGEST (waits for the daily digest), OFF (switched off), NO_ADDRESS, FAILED or
 *              SKIPPED (written before notifications were mailed)
 * @param emailedAt when the SMTP server took the mail (alone or in a digest), else null
 */
public record NotificationView(Long id, String kind, String subject, String body, String reference, Instant createdAt,
                               String email, Instant emailedAt, @JsonIgnore Map<String, String> params) {
}
