package io.grantflow.grants.application;

import io.grantflow.grants.api.ReportView;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.ReportPolicy;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.domain.Settlement;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.grants.domain.WorkPackageStatus;
import io.grantflow.payments.application.Payments;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The officer's review of a submitted report: accept it (the grant-lifecycle process settles the period in the same
 * transaction: the interim payment, or the closure), reject it with reasons, or request information (which suspends
 * the payment deadline). Periods are accepted in order; the final report waits until no order of the grant is
 * pending and, for a lump-sum grant, no work package awaits a decision. Repeating a decision returns the report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ReportReview {

    public static final String PREVIOUS_NOT_ACCEPTED = "previous_report_not_accepted";
    public static final String WORK_PACKAGES_PENDING = "work_packages_pending";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Payments payments;

    @Inject
    GrantLifecycle lifecycle;

    @Inject
    GrantNotices notices;

    public ReportView accept(Long grantId, int period, String officer) {
        Grant g = Grant.forUpdate(grantId).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(grantId)));
        GrantReporting.periodOf(g, period);
        GrantReport r = latest(g, period);
        if (r.is(ReportStatus.ACCEPTED)) {
            return ReportView.of(r);
        }
        g.requireRunning();
        if (period > 1 && Settlement.of(g.id, period - 1).isEmpty()) {
            throw DomainException.conflict(PREVIOUS_NOT_ACCEPTED, "accept the report of period " + (period - 1)
                    + " first: periods are settled in order");
        }
        if (r.finalReport) {
            long pending = payments.pendingCount(g.accountId);
            if (pending > 0) {
                throw DomainException.conflict(Grant.PAYMENTS_PENDING, pending + " payment order(s) of grant "
                        + g.number + " await approval or execution; decide them before the final report is accepted");
            }
            long declared = WorkPackage.count("grantId = ?1 and status = ?2", g.id, WorkPackageStatus.DECLARED);
            if (declared > 0) {
                throw DomainException.conflict(WORK_PACKAGES_PENDING, declared + " work package(s) declared completed "
                        + "await a decision; decide them before the final report is accepted");
            }
        }
        r.accept(officer, clock.instant());
        em.flush();
        lifecycle.reportAccepted(g.id, period);
        notices.accepted(g, r, Settlement.of(g.id, period));
        return ReportView.of(r);
    }

    public ReportView reject(Long grantId, int period, String reason, String officer) {
        Grant g = Grant.forUpdate(grantId).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(grantId)));
        GrantReporting.periodOf(g, period);
        GrantReport r = latest(g, period);
        if (r.is(ReportStatus.REJECTED)) {
            return ReportView.of(r);
        }
        r.reject(officer, required(reason, "reason"), clock.instant());
        em.flush();
        notices.rejected(g, r);
        return ReportView.of(r);
    }

    public ReportView requestInformation(Long grantId, int period, String question, String officer) {
        Grant g = Grant.forUpdate(grantId).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(grantId)));
        GrantReporting.periodOf(g, period);
        GrantReport r = latest(g, period);
        if (r.is(ReportStatus.INFORMATION_REQUESTED)) {
            return ReportView.of(r);
        }
        r.requestInformation(officer, required(question, "question"), clock.instant());
        em.flush();
        notices.informationRequested(g, r);
        return ReportView.of(r);
    }

    private static GrantReport latest(Grant g, int period) {
        return GrantReport.latest(g.id, period).filter(x -> !x.is(ReportStatus.DRAFT))
                .or(() -> GrantReport.<GrantReport>find("grantId = ?1 and period = ?2 and status <> ?3 "
                        + "order by version desc", g.id, period, ReportStatus.DRAFT).firstResultOptional())
                .orElseThrow(() -> DomainException.conflict(GrantReport.WRONG_STATUS, "the report of period " + period
                        + " has not been submitted"));
    }

    /** A reason or question the officer gives: required, at most 2,000 characters ({@code invalid_decision}). */
    static String required(String text, String field) {
        Violations v = new Violations();
        if (v.required(text == null || text.isBlank() ? null : text, field)) {
            v.maxLength(text, field, TextLimits.REASON * 4);
        }
        v.throwIfAny(Grant.INVALID_DECISION, "the decision cannot be recorded");
        return text.strip();
    }
}
