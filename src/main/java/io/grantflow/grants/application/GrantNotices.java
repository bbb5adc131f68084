package io.grantflow.grants.application;

import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.Settlement;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.grants.domain.WorkPackageStatus;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.application.Officers;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Tells people about the acts on a grant's reports and work packages, in the act's transaction
 * (docs/notifications.md, "Events"): what the consortium must act on or know (a rejection, a request for
 * information, an acceptance with the payment or the closure that follows, a recovery, a work package decided)
 * reaches the members of the grant's coordinator; what an officer must act on (a submission, an answer) reaches
 * the officers. References: {@code grant-report:{grant}:{period}} and {@code work-package:{grant}:{number}} lead to
 * the consortium's grant page, {@code grant-review:{grant}:{period}} to the officers' review desk.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GrantNotices {

    @Inject
    Notifications notifications;

    @Inject
    Officers officers;

    /** The consortium's reference of a period's report (the consortium's grant page). */
    static String consortiumReference(Grant g, int period) {
        return "grant-report:" + g.id + ":" + period;
    }

    /** The officers' reference of a period's report (the review desk). */
    static String reviewReference(Grant g, int period) {
        return "grant-review:" + g.id + ":" + period;
    }

    /** The grant, its period and whether its report is the final one. */
    static NotificationParams about(Grant g, int period, boolean finalReport) {
        NotificationParams p = NotificationParams.of().text("grant", g.number).text("acronym", g.acronym)
                .text("period", period);
        return finalReport ? p.text("final", "yes") : p;
    }

    /** A member of the coordinator submitted a version: the officers review it. */
    public void submitted(Grant g, GrantReport r) {
        NotificationParams p = about(g, r.period, r.finalReport).text("version", r.version)
                .date("paymentDue", r.paymentDueOn);
        if (r.contribution != null && r.contribution.isPositive()) {
            p.money("contribution", r.contribution);
        }
        toOfficers(g, NotificationKind.GRANT_REPORT_SUBMITTED, p, r.period);
    }

    /** A member of the coordinator answered the officer's request: the payment deadline runs again. */
    public void answered(Grant g, GrantReport r) {
        toOfficers(g, NotificationKind.GRANT_REPORT_ANSWERED,
                about(g, r.period, r.finalReport).date("paymentDue", r.paymentDueOn), r.period);
    }

    public void rejected(Grant g, GrantReport r) {
        toCoordinator(g, NotificationKind.GRANT_REPORT_REJECTED, about(g, r.period, r.finalReport)
                .text("version", r.version).text("reason", r.decisionReason), consortiumReference(g, r.period));
    }

    public void informationRequested(Grant g, GrantReport r) {
        toCoordinator(g, NotificationKind.GRANT_REPORT_INFORMATION_REQUESTED, about(g, r.period, r.finalReport)
                .text("question", r.informationRequest), consortiumReference(g, r.period));
    }

    /**
     * The report is accepted and its period settled (the settlement written in the same transaction, if the
     * process has settled it): the interim payment, or the final amount, the SME-share reduction, the balance and a
     * recovery, which is also its own notification (RECOVERY_ORDERED).
     */
    public void accepted(Grant g, GrantReport r, Optional<Settlement> settlement) {
        NotificationParams p = about(g, r.period, r.finalReport);
        String reference = consortiumReference(g, r.period);
        settlement.ifPresent(s -> {
            positive(p, "amount", s.amount);
            if (s.finalSettlement) {
                p.money("finalAmount", s.finalAmount);
                positive(p, "reduction", s.smeShareReduction);
                if (positive(p, "recovery", s.recovery)) {
                    p.date("recoveryDue", s.recoveryDueOn);
                }
            }
        });
        toCoordinator(g, NotificationKind.GRANT_REPORT_ACCEPTED, p, reference);
        settlement.filter(s -> s.finalSettlement && s.recovery != null && s.recovery.isPositive()).ifPresent(s ->
                toCoordinator(g, NotificationKind.RECOVERY_ORDERED, NotificationParams.of().text("grant", g.number)
                        .text("acronym", g.acronym).money("recovery", s.recovery).date("recoveryDue", s.recoveryDueOn)
                        .money("finalAmount", s.finalAmount).money("paidBefore", s.paidBefore), reference));
    }

    /** An officer accepted or rejected a work package the consortium declared completed. */
    public void workPackageDecided(Grant g, WorkPackage w) {
        boolean accepted = w.is(WorkPackageStatus.ACCEPTED);
        NotificationParams p = NotificationParams.of().text("grant", g.number).text("acronym", g.acronym)
                .text("workPackage", w.number).text("title", w.title);
        if (accepted) {
            p.money("amount", w.amount);
        } else {
            p.text("reason", w.decisionReason);
        }
        toCoordinator(g, accepted ? NotificationKind.WORK_PACKAGE_ACCEPTED : NotificationKind.WORK_PACKAGE_REJECTED, p,
                "work-package:" + g.id + ":" + w.number);
    }

    private static boolean positive(NotificationParams p, String name, Money value) {
        if (value != null && value.isPositive()) {
            p.money(name, value);
            return true;
        }
        return false;
    }

    private void toCoordinator(Grant g, NotificationKind kind, NotificationParams p, String reference) {
        notifications.toMembers(List.of(g.coordinatorId), kind, p, reference);
    }

    private void toOfficers(Grant g, NotificationKind kind, NotificationParams p, int period) {
        notifications.toUsers(officers.handles(), kind, p, reviewReference(g, period), List.of(g.coordinatorId));
    }
}
