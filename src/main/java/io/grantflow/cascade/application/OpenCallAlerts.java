package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.application.SavedInterests;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Announces an open call that has opened to every person whose saved interests it matches
 * (CALL_MATCHES_INTERESTS). An open call opens when it is published ({@code created_at}) or, published ahead,
 * when its {@code opensAt} comes: the scanner looks at the open calls that opened within the last
 * {@link #OPENED_WITHIN} and are still open, and tells each person once per open call (once-key
 * {@code open-call-interests:{openCall}:{person}}), so a scan repeated on any node, or after a node was down
 * for less than that, neither repeats nor misses an announcement.
 */
@ApplicationScoped
public class OpenCallAlerts {

    private static final Logger LOG = Logger.getLogger(OpenCallAlerts.class);

    /** How far back a scan looks for open calls that opened: longer than any pause of the scanners. */
    static final Duration OPENED_WITHIN = Duration.ofDays(2);

    @Inject
    Clock clock;

    @Inject
    SavedInterests interests;

    @Inject
    Notifications notifications;

    @ConfigProperty(name = "grantflow.notifications.scanners-enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(identity = "open-call-alerts", every = "${grantflow.notifications.scan-every:5m}",
            delayed = "${grantflow.mail.start-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            try {
                scan();
            } catch (RuntimeException e) {
                LOG.warnf("Open-call alerts: %s (the next run tries again)", e.toString());
            }
        }
    }

    /** Announces the open calls that opened recently to the people they match; returns how many were written now. */
    public int scan() {
        Instant now = clock.instant();
        Instant since = now.minus(OPENED_WITHIN);
        List<Long> opened = QuarkusTransaction.requiringNew().call(() -> OpenCall.<OpenCall>list(
                "(createdAt > ?1 or opensAt > ?1) and createdAt <= ?2 and opensAt <= ?2 and closesAt > ?2 order by id",
                since, now).stream().map(oc -> oc.id).toList());
        int written = 0;
        for (Long id : opened) {
            written += QuarkusTransaction.requiringNew().call(() -> announce(OpenCall.findById(id)));
        }
        return written;
    }

    private int announce(OpenCall oc) {
        NotificationParams params = NotificationParams.of().text("openCall", oc.title).instant("closesAt", oc.closesAt)
                .money("amount", oc.fixedAmount != null ? oc.fixedAmount : oc.maxAmount);
        int written = 0;
        for (String person : interests.matching(List.of(oc.eligibleCountries), List.of(oc.sectors), oc.typeOfSupport.name())) {
            if (notifications.once(person, NotificationKind.CALL_MATCHES_INTERESTS, params, "open-call:" + oc.id,
                    "open-call-interests:" + oc.id + ":" + person, List.of())) {
                written++;
            }
        }
        return written;
    }
}
