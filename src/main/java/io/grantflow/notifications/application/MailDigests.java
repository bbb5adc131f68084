package io.grantflow.notifications.application;

import io.grantflow.notifications.domain.Notification;
import io.grantflow.shared.time.Brussels;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The daily digest: the notifications a person asked to receive as one mail a day ({@code mail_state}
 * DIGEST) are sent, per Brussels day, once that day has ended and the digest hour of the next day
 * ({@code grantflow.mail.digest-at}, 07:00) has come. One node sends a person's digest: it holds a
 * transaction-scoped advisory lock on the person while it sends and records; a digest sent again after a
 * crash carries the same {@code Message-ID}.
 */
@ApplicationScoped
public class MailDigests {

    private static final Logger LOG = Logger.getLogger(MailDigests.class);

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

    @ConfigProperty(name = "grantflow.mail.digest-at", defaultValue = "07:00")
    LocalTime digestAt;

    @Scheduled(identity = "mail-digests", every = "${grantflow.mail.digest-poll-every:5m}", delayed = "${grantflow.mail.start-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            try {
                sendDue();
            } catch (RuntimeException e) {
                LOG.warnf("Mail digests: %s (the next run tries again)", e.toString());
            }
        }
    }

    /** Sends every digest that is due by the business clock; returns how many mails left. */
    public int sendDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Brussels.ZONE);
        // the digest of yesterday is due at the digest hour of today; older days are due at once
        LocalDate lastDay = now.isBefore(Brussels.at(today, digestAt.getHour(), digestAt.getMinute()))
                ? today.minusDays(2) : today.minusDays(1);
        Instant before = lastDay.plusDays(1).atStartOfDay(Brussels.ZONE).toInstant();
        @SuppressWarnings("unchecked")
        List<String> people = em.createNativeQuery("select distinct recipient from grantflow.notification "
                + "where mail_state = 'DIGEST' and created_at < ?1 and (next_attempt_at is null or next_attempt_at <= ?2)")
                .setParameter(1, before).setParameter(2, now).getResultList();
        int sent = 0;
        for (String person : people) {
            sent += QuarkusTransaction.requiringNew().call(() -> sendFor(person, before, now));
        }
        return sent;
    }

    private int sendFor(String person, Instant before, Instant now) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('mail-digest:' || ?1))")
                .setParameter(1, person).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0; // another node sends this person's digest now
        }
        @SuppressWarnings("unchecked")
        List<Notification> waiting = em.createNativeQuery("select * from grantflow.notification where recipient = ?1 "
                        + "and mail_state = 'DIGEST' and created_at < ?2 and (next_attempt_at is null or next_attempt_at <= ?3) "
                        + "order by id for update", Notification.class)
                .setParameter(1, person).setParameter(2, before).setParameter(3, now).getResultList();
        MailRecipients.Contact contact = recipients.of(List.of(person)).get(person);
        Map<LocalDate, List<Notification>> byDay = waiting.stream().collect(Collectors.groupingBy(
                n -> LocalDate.ofInstant(n.createdAt, Brussels.ZONE), TreeMap::new, Collectors.toList()));
        int sent = 0;
        for (Map.Entry<LocalDate, List<Notification>> day : byDay.entrySet()) {
            List<Notification> rows = day.getValue();
            String messageId = composer.digestMessageId(rows, day.getKey());
            if (contact.email() == null) {
                day.getValue().forEach(Notification::notMailedWithoutAddress);
                continue;
            }
            try {
                mailer.send(composer.digest(day.getValue(), day.getKey(), contact.email(), contact.language(), messageId));
                day.getValue().forEach(n -> n.mailed(messageId, now));
                sent++;
            } catch (RuntimeException e) {
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                int attempt = rows.stream().mapToInt(n -> n.attempts).max().orElse(0) + 1;
                java.time.Duration retry = attempt >= maxAttempts ? null : MailOutbox.backOff(attempt);
                rows.forEach(n -> n.mailFailed(error, now, retry));
                LOG.warnf("Digest of %s for %s not mailed (attempt %d): %s", day.getKey(), person, attempt, error);
            }
        }
        em.flush();
        return sent;
    }
}
