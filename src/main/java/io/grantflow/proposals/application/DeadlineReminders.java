package io.grantflow.proposals.application;

import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.shared.db.SqlValues;
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
import java.util.Arrays;
import java.util.List;

/**
 * Reminds the consortia that have a draft for a call's next deadline and have not submitted:
 * CALL_CLOSING_7_DAYS when the deadline is within {@link #WEEK} (and more than a day away),
 * CALL_CLOSING_24_HOURS within {@link #DAY}; not yet passed in both. Every member of each organisation of
 * the draft's consortium (coordinator and partners) is told, except the members of an organisation that
 * coordinates a proposal submitted to that deadline. Each person once per call, deadline and window
 * (once-keys {@code call-closing-7d|24h:{call}:{deadline epoch}:{person}}), so repeated scans on any node
 * write each reminder once.
 *
 * <p>Which drafts a deadline concerns: those of its batch ({@code deadline_index}), and for a call with
 * cut-offs also older drafts (a draft joins the next cut-off when submitted); a stage-1 draft of a two-stage
 * call is locked after its deadline and hears nothing of stage 2.
 */
@ApplicationScoped
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class);
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration DAY = Duration.ofHours(24);

    /** Per call deadline and person to remind: the organisations of their drafts (for the webhooks). */
    private static final String DUE = """
            with due as (
                select c.id as call_id, c.identifier, c.title, c.submission_model, d.position, d.deadline_at
                  from grantflow.call c
                  join grantflow.call_deadline d on d.call_id = c.id
                 where c.published_at is not null and c.closed_at is null
                   and d.deadline_at >= ?1 and d.deadline_at <= ?2
                   and not exists (select 1 from grantflow.call_deadline e
                                    where e.call_id = c.id and e.deadline_at >= ?1 and e.position < d.position)
            ), drafted as (
                select due.call_id, due.identifier, due.title, due.position, due.deadline_at, pp.organisation_id
                  from due
                  join grantflow.proposal p on p.call_id = due.call_id and p.status = 'DRAFT'
                       and (p.deadline_index = due.position
                            or (due.submission_model = 'MULTIPLE_CUTOFFS' and p.deadline_index < due.position))
                  join grantflow.proposal_partner pp on pp.proposal_id = p.id
            )
            select d.identifier, d.title, d.deadline_at, m.username, array_to_string(array_agg(distinct d.organisation_id), ',')
              from drafted d
              join grantflow.organisation_member m on m.organisation_id = d.organisation_id
             where not exists (select 1 from grantflow.proposal s
                                 join grantflow.organisation_member sm on sm.organisation_id = s.coordinator_id
                                where s.call_id = d.call_id and s.deadline_index = d.position
                                  and s.status not in ('DRAFT', 'WITHDRAWN') and sm.username = m.username)
             group by d.identifier, d.title, d.deadline_at, m.username
             order by d.identifier, d.deadline_at, m.username
            """;

    private record Due(String call, String title, Instant deadline, String person, List<Long> organisations) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @ConfigProperty(name = "grantflow.notifications.scanners-enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(identity = "deadline-reminders", every = "${grantflow.notifications.scan-every:5m}",
            delayed = "${grantflow.mail.start-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            try {
                scan();
            } catch (RuntimeException e) {
                LOG.warnf("Deadline reminders: %s (the next run tries again)", e.toString());
            }
        }
    }

    /** Writes the reminders due by the business clock; returns how many were written now (not before). */
    public int scan() {
        Instant now = clock.instant();
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> due(now));
        int written = 0;
        for (Due d : due) {
            written += QuarkusTransaction.requiringNew().call(() -> remind(d, now) ? 1 : 0);
        }
        return written;
    }

    private List<Due> due(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DUE).setParameter(1, now).setParameter(2, now.plus(WEEK))
                .getResultList();
        return rows.stream().map(r -> new Due((String) r[0], (String) r[1], SqlValues.instant(r[2]), (String) r[3],
                Arrays.stream(((String) r[4]).split(",")).map(Long::valueOf).toList())).toList();
    }

    private boolean remind(Due d, Instant now) {
        boolean lastDay = !d.deadline().isAfter(now.plus(DAY));
        NotificationKind kind = lastDay ? NotificationKind.CALL_CLOSING_24_HOURS : NotificationKind.CALL_CLOSING_7_DAYS;
        String key = (lastDay ? "call-closing-24h:" : "call-closing-7d:") + d.call() + ":"
                + d.deadline().getEpochSecond() + ":" + d.person();
        return notifications.once(d.person(), kind, NotificationParams.of().text("call", d.call())
                .text("callTitle", d.title()).instant("deadline", d.deadline()), "call:" + d.call(), key, d.organisations());
    }
}
