package io.grantflow.grants.application;

import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.application.Officers;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.shared.time.Brussels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Tells the programme officers, once a Brussels week per grant, about every signed grant whose SME support
 * committed is below its trajectory now (SME_SHARE_BELOW_TRAJECTORY; the list of /desk/sme-share). Once-key
 * {@code sme-share:{grant}:{ISO week}:{officer}}: scans repeated within the week, on any node, write nothing more.
 */
@ApplicationScoped
public class SmeShareAlerts {

    private static final Logger LOG = Logger.getLogger(SmeShareAlerts.class);

    @Inject
    Clock clock;

    @Inject
    GrantBudgets budgets;

    @Inject
    Officers officers;

    @Inject
    Notifications notifications;

    @ConfigProperty(name = "grantflow.notifications.scanners-enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(identity = "sme-share-alerts", every = "${grantflow.notifications.scan-every:5m}",
            delayed = "${grantflow.mail.start-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            try {
                scan();
            } catch (RuntimeException e) {
                LOG.warnf("SME-share alerts: %s (the next run tries again)", e.toString());
            }
        }
    }

    /** Writes this week's alerts not yet written; returns how many were written now. */
    public int scan() {
        Instant now = clock.instant();
        String week = week(now);
        List<GrantBudgets.Lagging> lagging = QuarkusTransaction.requiringNew().call(budgets::belowTrajectoryNow);
        if (lagging.isEmpty()) {
            return 0;
        }
        List<String> told = QuarkusTransaction.requiringNew().call(officers::handles);
        int written = 0;
        for (GrantBudgets.Lagging g : lagging) {
            written += QuarkusTransaction.requiringNew().call(() -> alert(g, told, week));
        }
        return written;
    }

    /** The Brussels ISO week of an instant, e.g. 2026-W07. */
    static String week(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, Brussels.ZONE);
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private int alert(GrantBudgets.Lagging g, List<String> told, String week) {
        NotificationParams params = NotificationParams.of().text("grant", g.number()).text("acronym", g.acronym())
                .money("committed", g.smeCommitted()).money("expected", g.trajectoryNow());
        int written = 0;
        for (String officer : told) {
            if (notifications.once(officer, NotificationKind.SME_SHARE_BELOW_TRAJECTORY, params, "grant:" + g.grant(),
                    "sme-share:" + g.grant() + ":" + week + ":" + officer, List.of())) {
                written++;
            }
        }
        return written;
    }
}
