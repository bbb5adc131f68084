package io.grantflow.notifications.application;

import io.grantflow.notifications.domain.EmailChoice;
import io.grantflow.notifications.domain.Notification;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drains the notification outbox into e-mail. Each batch of five is taken in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED}, so that two nodes never take the same row, and each notification is
 * recorded ({@code sent_at}, attempts, last error) in the transaction that holds its lock: it is mailed at
 * least once and recorded once. A node that dies after the SMTP server took a mail and before the commit
 * leaves the row pending; it is sent again with the same {@code Message-ID} ({@link MailComposer#messageId}),
 * which mail clients show once. A refused mail is tried again with back-off until
 * {@code grantflow.mail.max-attempts}, then marked failed. The business transaction never waits for any of it.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    /** Rows per transaction: few, so that a failure after sending repeats few mails (each with its Message-ID). */
    static final int BATCH = 5;
    /** A batch's transaction: longer than BATCH sends at the Mailer's own timeout (quarkus.mailer.timeout). */
    private static final int TRANSACTION_SECONDS = 150;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(2);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    MailComposer composer;

    @Inject
    MailRecipients recipients;

    @Inject
    Clock clock;

    @ConfigProperty(name = "grantflow.mail.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "grantflow.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Scheduled(identity = "mail-outbox", every = "${grantflow.mail.poll-every:2s}", delayed = "${grantflow.mail.start-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            try {
                int handled = drain();
                if (handled > 0) {
                    LOG.infof("Mail outbox: %d notification(s) handled", handled);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Mail outbox: %s (the next run tries again)", e.toString());
            }
        }
    }

    /** Handles every notification due now, batch after batch; returns how many. */
    public int drain() {
        int total = 0;
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).call(() -> batch(clock.instant()));
            total += handled;
        } while (handled == BATCH);
        return total;
    }

    private int batch(Instant now) {
        @SuppressWarnings("unchecked")
        List<Notification> due = em.createNativeQuery("select * from grantflow.notification where mail_state = 'PENDING' "
                        + "and (next_attempt_at is null or next_attempt_at <= ?1) order by id limit ?2 for update skip locked",
                        Notification.class)
                .setParameter(1, now).setParameter(2, BATCH).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, MailRecipients.Contact> contacts = recipients.of(
                due.stream().map(n -> n.recipient).collect(Collectors.toSet()));
        for (Notification n : due) {
            MailRecipients.Contact contact = contacts.get(n.recipient);
            EmailChoice choice = contact.choiceFor(n.kind);
            if (choice == EmailChoice.OFF) {
                n.notMailedByChoice();
            } else if (contact.email() == null) {
                n.notMailedWithoutAddress();
            } else if (choice == EmailChoice.DIGEST) {
                n.waitForDigest();
            } else {
                send(n, contact, now);
            }
        }
        em.flush();
        return due.size();
    }

    private void send(Notification n, MailRecipients.Contact contact, Instant now) {
        try {
            mailer.send(composer.single(n, contact.email(), contact.language()));
            n.mailed(composer.messageId(n), now);
        } catch (RuntimeException e) {
            Duration retry = n.attempts + 1 >= maxAttempts ? null : backOff(n.attempts + 1);
            n.mailFailed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), now, retry);
            LOG.warnf("Notification %d to %s not mailed (attempt %d): %s", n.id, n.recipient, n.attempts, n.lastError);
        }
    }

    /** 30 s after the first failure, doubling, at most 2 h apart. */
    static Duration backOff(int attempt) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
    }
}
