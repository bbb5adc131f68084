package io.grantflow.grants.application;

import io.grantflow.grants.api.PeriodView;
import io.grantflow.grants.api.ReportView;
import io.grantflow.grants.api.SettlementView;
import io.grantflow.grants.api.WorkPackageView;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.domain.ReportingPeriod;
import io.grantflow.grants.domain.Settlement;
import io.grantflow.grants.domain.SettlementRule;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A signed grant's life as people read it: its periods and their reports, settlements and work packages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LifecycleQueries {

    private static final Set<ReportStatus> RECEIVED = EnumSet.of(ReportStatus.SUBMITTED,
            ReportStatus.INFORMATION_REQUESTED, ReportStatus.ACCEPTED);

    @Inject
    Clock clock;

    @Inject
    GrantAccess access;

    @Inject
    GrantSettlements settlements;

    public List<PeriodView> periods(Grant g) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Brussels.ZONE);
        List<GrantReport> reports = GrantReport.ofGrant(g.id);
        Map<Integer, Settlement> settled = Settlement.ofGrant(g.id).stream()
                .collect(Collectors.toMap(s -> s.period, Function.identity()));
        return g.reportingPeriods.stream().map(p -> period(p, reports, settled.get(p.index()), today)).toList();
    }

    private PeriodView period(ReportingPeriod p, List<GrantReport> reports, Settlement s, LocalDate today) {
        Optional<GrantReport> latest = reports.stream().filter(r -> r.period == p.index())
                .reduce((a, b) -> b.version > a.version ? b : a);
        boolean received = reports.stream().anyMatch(r -> r.period == p.index() && RECEIVED.contains(r.status));
        String state = latest.filter(r -> !r.is(ReportStatus.DRAFT)).map(r -> r.status.name())
                .orElse(p.endedBy(today) ? "DUE" : "RUNNING");
        boolean overdue = !received && today.isAfter(p.reportDue());
        return new PeriodView(p.index(), p.from(), p.to(), p.reportDue(), p.last(), state, overdue,
                latest.map(r -> r.version).orElse(null), latest.map(r -> r.status).orElse(null),
                latest.map(r -> r.paymentDueOn).orElse(null), s == null ? null : settlement(s));
    }

    static SettlementView settlement(Settlement s) {
        return settlement(s, false);
    }

    /**
     * The period's settlement; before its report is accepted, what accepting the newest submitted version now would
     * settle ({@code preview}), or {@code report_wrong_status} (409) when no version is with the officer.
     */
    public SettlementView settlementOf(Long grantId, int period, String user, boolean officer) {
        Grant g = access.readable(grantId, user, officer);
        g.period(period).orElseThrow(() -> DomainException.notFound("reporting period", grantId + "/" + period));
        Optional<Settlement> done = Settlement.of(g.id, period);
        if (done.isPresent()) {
            return settlement(done.get(), false);
        }
        GrantReport r = GrantReport.latest(g.id, period).filter(x -> x.is(ReportStatus.SUBMITTED)
                        || x.is(ReportStatus.INFORMATION_REQUESTED))
                .orElseThrow(() -> DomainException.conflict(GrantReport.WRONG_STATUS, "the report of period " + period
                        + " is not with the officer: there is nothing to settle yet"));
        return settlement(settlements.preview(g, r), true);
    }

    private static SettlementView settlement(Settlement s, boolean preview) {
        PaymentOrder o = s.paymentOrderId == null ? null : PaymentOrder.findById(s.paymentOrderId);
        boolean reduced = s.smeShareReduction != null && s.smeShareReduction.isPositive();
        return new SettlementView(s.period, s.finalSettlement, s.acceptedToDate, s.ceiling, s.paidBefore, s.amount,
                s.paymentOrderId, o == null ? null : o.status, s.finalAmount, s.smeSupportPaid, s.smeShareCap,
                s.smeShareReduction, reduced ? SettlementRule.SME_SHARE_RULE : null, s.recovery, s.recoveryDueOn,
                s.released, s.createdBy, preview ? null : s.createdAt, preview);
    }

    public List<WorkPackageView> workPackages(Grant g) {
        return WorkPackage.ofGrant(g.id).stream().map(WorkPackageView::of).toList();
    }

    /** Every version of a period's report, oldest first, if the caller may read the grant. */
    public List<ReportView> versions(Long grantId, int period, String user, boolean officer) {
        Grant g = access.readable(grantId, user, officer);
        g.period(period).orElseThrow(() -> DomainException.notFound("reporting period", grantId + "/" + period));
        return GrantReport.ofGrant(g.id).stream().filter(r -> r.period == period).map(ReportView::of).toList();
    }

    /** The newest version of every period's report, if the caller may read the grant. */
    public List<ReportView> latest(Long grantId, String user, boolean officer) {
        Grant g = access.readable(grantId, user, officer);
        return g.reportingPeriods.stream().map(p -> GrantReport.latest(g.id, p.index())).flatMap(Optional::stream)
                .map(ReportView::of).toList();
    }

    public List<WorkPackageView> workPackages(Long grantId, String user, boolean officer) {
        return workPackages(access.readable(grantId, user, officer));
    }
}
