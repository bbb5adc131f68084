package io.grantflow.notifications.domain;

/** Where a notification's e-mail stands (column {@code mail_state}); docs/notifications.md. */
public enum MailState {
    /** To be mailed: the sender takes it at {@code next_attempt_at} or at once. */
    PENDING,
    /** Mailed once, alone or in a digest ({@code sent_at}, {@code message_id}). */
    SENT,
    /** Waits for its recipient's daily digest. */
    DIGEST,
    /** The recipient switched e-mail off for its kind. */
    OFF,
    /** No e-mail address is known for the recipient. */
    NO_ADDRESS,
    /** The SMTP server refused it every time until the sender gave up. */
    FAILED,
    /** Written before notifications were mailed. */
    SKIPPED
}
