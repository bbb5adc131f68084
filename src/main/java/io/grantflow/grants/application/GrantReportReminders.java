package io.grantflow.grants.application;

import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.domain.ReportingPeriod;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.application.Officers;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.time.Brussels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reminds the consortium of a signed grant of a period's report it has not handed in (no version SUBMITTED,
 * INFORMATION_REQUESTED or ACCEPTED): GRANT_REPORT_DUE to the members of the coordinator from
 * {@code grantflow.grants.report-reminder-days} (14) days before the due date to the due date, and
 * GRANT_REPORT_OVERDUE from the day after it, to the coordinator's members and the officers. Each person once per
 * grant, period and kind (once-keys {@code grant-report-due|grant-report-overdue:{grant}:{period}:{person}}), so
 * repeated scans on any node write each notice once. Dates are Brussels days of the business clock.
 */
@ApplicationScoped
public class GrantReportReminders {

    private static final Logger LOG = Logger.getLogger(GrantReportReminders.class);

    /** What counts as received: the same rule as the period's {@code overdue} (LifecycleQueries). */
    static final Set<ReportStatus> RECEIVED = Set.of(ReportStatus.SUBMITTED, ReportStatus.INFORMATION_REQUESTED,
            ReportStatus.ACCEPTED);

    /** The periods of signed grants due by ?1 whose report has not been received. */
    private static final String DUE = """
            select g.id, (p ->> 'index')::int, (p ->> 'reportDue')::date
              from grantflow.grant_agreement g
             cross join lateral jsonb_array_elements(g.reporting_periods) p
             where g.status = 'SIGNED' and (p ->> 'reportDue')::date <= ?1
               and not exists (select 1 from grantflow.grant_report r
                                where r.grant_id = g.id and r.period_index = (p ->> 'index')::int
                                  and r.status in ('SUBMITTED', 'INFORMATION_REQUESTED', 'ACCEPTED'))
             order by g.id, 2
            """;

    record Due(long grant, int period, LocalDate reportDue) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    Officers officers;

    @ConfigProperty(name = "grantflow.notifications.scanners-enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "grantflow.grants.report-reminder-days", defaultValue = "14")
    int reminderDays;

    @Scheduled(identity = "grant-report-reminders", every = "${grantflow.notifications.scan-every:5m}",
            delayed = "${grantflow.mail.start-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (enabled) {
            try {
                scan();
            } catch (RuntimeException e) {
                LOG.warnf("Grant report reminders: %s (the next run tries again)", e.toString());
            }
        }
    }

    /** Writes the reminders and overdue notices due by the business clock; returns how many were written now. */
    public int scan() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Brussels.ZONE);
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> due(today.plusDays(Math.max(0, reminderDays))));
        if (due.isEmpty()) {
            return 0;
        }
        List<String> told = due.stream().anyMatch(d -> today.isAfter(d.reportDue()))
                ? QuarkusTransaction.requiringNew().call(officers::handles) : List.of();
        int written = 0;
        for (Due d : due) {
            try {
                written += QuarkusTransaction.requiringNew().call(() -> remind(d, today, told));
            } catch (RuntimeException e) { // one grant's failure leaves the others; the next run tries it again
                LOG.warnf("Grant report reminder of grant %d, period %d: %s", d.grant(), d.period(), e.toString());
            }
        }
        return written;
    }

    private List<Due> due(LocalDate horizon) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DUE).setParameter(1, horizon).getResultList();
        return rows.stream().map(r -> new Due(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), date(r[2])))
                .toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private int remind(Due d, LocalDate today, List<String> told) {
        Grant g = Grant.findById(d.grant());
        if (g == null || !g.is(GrantStatus.SIGNED) || GrantReport.count("grantId = ?1 and period = ?2 and status in ?3",
                g.id, d.period(), RECEIVED) > 0) {
            return 0; // ended, or the report came in since the query
        }
        boolean overdue = today.isAfter(d.reportDue());
        NotificationKind kind = overdue ? NotificationKind.GRANT_REPORT_OVERDUE : NotificationKind.GRANT_REPORT_DUE;
        String prefix = (overdue ? "grant-report-overdue:" : "grant-report-due:") + g.id + ":" + d.period() + ":";
        boolean last = g.period(d.period()).map(ReportingPeriod::last).orElse(false);
        NotificationParams params = GrantNotices.about(g, d.period(), last).date("reportDue", d.reportDue());
        int written = 0;
        for (String member : OrganisationMember.usersOf(g.coordinatorId)) {
            if (notifications.once(member, kind, params, GrantNotices.consortiumReference(g, d.period()),
                    prefix + member, List.of(g.coordinatorId))) {
                written++;
            }
        }
        if (overdue) {
            for (String officer : told) {
                if (notifications.once(officer, kind, params, GrantNotices.reviewReference(g, d.period()),
                        prefix + officer, List.of())) {
                    written++;
                }
            }
        }
        return written;
    }
}
