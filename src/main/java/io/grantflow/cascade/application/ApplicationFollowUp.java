package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.InKindAward;
import io.grantflow.grants.domain.Grant;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * After the award: the SME's report with proof (reminded, then marked overdue by the process's
 * timers), the consortium's verification, the host's confirmation of an exchange, and the SME's
 * withdrawal. Each act locks the application, then the grant (application → grant → ledger, the
 * order every path takes), and signals fstp-lump-sum.bpmn in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ApplicationFollowUp {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    ApplicationTimeline timeline;

    @Inject
    ApplicationQueries queries;

    public ApplicationView report(Long id, String text, String proof, String user) {
        Application a = ApplicationAccess.lockedForApplicant(id, user);
        if (InKindAward.<InKindAward>findByIdOptional(a.id).filter(k -> !k.confirmed()).isPresent()) {
            throw DomainException.conflict("delivery_not_confirmed", "in kind: the SME reports by confirming the days "
                    + "the provider delivered (POST /api/applications/" + a.id + "/delivery-confirmation)");
        }
        a.report(text, proof, today(), clock.instant());
        timeline.record(a, "REPORTED", proof, user);
        Grant g = Grant.findById(a.grantId);
        notifications.toMembers(List.of(g.coordinatorId), NotificationKind.REPORT_RECEIVED,
                NotificationParams.of().text("application", a.id), "application:" + a.id);
        em.flush();
        workflow.reported(a.id);
        return queries.view(a);
    }

    /** Accepted, the balance is ordered; rejected, the SME may resubmit or, the last time, the award is released. */
    public ApplicationView verify(Long id, boolean accepted, String reason, String user) {
        Application a = ApplicationAccess.lockedForConsortium(id, user, "verifies the report of");
        Grant.forUpdate(a.grantId).orElseThrow();
        if (accepted) {
            a.acceptReport(reason);
            timeline.record(a, "REPORT_VERIFIED", reason, user);
            em.flush();
            workflow.verified(a.id, true, false);
        } else {
            boolean again = a.rejectReport(reason, clock.instant());
            timeline.record(a, again ? "REPORT_REJECTED" : "REPORT_FAILED", reason, user);
            notifications.toUser(a.applicant, again ? NotificationKind.REPORT_REJECTED : NotificationKind.REPORT_FAILED,
                    NotificationParams.of().text("application", a.id).text("reason", reason), "application:" + a.id,
                    List.of(a.organisationId));
            em.flush();
            workflow.verified(a.id, false, again);
        }
        return queries.view(a);
    }

    /**
     * A member of the host cluster who is not a member of the applying organisation confirms, on or
     * after the visit's first day, that the exchange took place.
     */
    public ApplicationView confirmHost(Long id, String user) {
        Application a = ApplicationAccess.lockedForHost(id, user);
        if (a.confirmHost(user, today(), clock.instant())) {
            timeline.record(a, "HOST_CONFIRMED", null, user);
        }
        return queries.view(a);
    }

    public ApplicationView withdraw(Long id, String user) {
        Application a = ApplicationAccess.lockedForApplicant(id, user);
        Grant.forUpdate(a.grantId).orElseThrow();
        if (a.withdraw(clock.instant())) {
            timeline.record(a, "WITHDRAWN", null, user);
            em.flush();
            workflow.withdrawn(a.id);
        }
        return queries.view(a);
    }

    /** The report-reminder timer. */
    public void remindReport(Long id) {
        Application a = Application.findById(id);
        if (a.expectsReport()) {
            notifications.toUser(a.applicant, NotificationKind.REPORT_REMINDER, NotificationParams.of()
                    .text("application", a.id).instant("reportDue", a.reportDueAt), "application:" + a.id, List.of(a.organisationId));
            timeline.record(a, "REPORT_REMINDER", null, null);
        }
    }

    /** The report-deadline timer. */
    public void markOverdue(Long id) {
        Application a = Application.findById(id);
        if (a.markOverdue(clock.instant())) {
            timeline.record(a, "OVERDUE", "report was due " + a.reportDue(), null);
            Grant g = Grant.findById(a.grantId);
            NotificationParams overdue = NotificationParams.of().text("application", a.id).instant("reportDue", a.reportDueAt);
            notifications.toMembers(List.of(g.coordinatorId), NotificationKind.REPORT_OVERDUE, overdue, "application:" + a.id);
            notifications.toUser(a.applicant, NotificationKind.REPORT_OVERDUE, overdue, "application:" + a.id,
                    List.of(a.organisationId));
        }
    }

    /** The business date: Europe/Brussels, from the injected clock. */
    private LocalDate today() {
        return clock.instant().atZone(Brussels.ZONE).toLocalDate();
    }
}
