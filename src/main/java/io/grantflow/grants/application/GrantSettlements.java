package io.grantflow.grants.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.domain.Settlement;
import io.grantflow.grants.domain.SettlementRule;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.grants.domain.WorkPackageStatus;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.payments.api.PaymentRequest;
import io.grantflow.payments.application.Payments;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Settles a period once its report is accepted (called by the grant-lifecycle process, in the accepting
 * transaction): the interim payment, or at closure the final grant amount, the SME-share reduction, the balance or
 * the recovery, and the release of what the grant no longer needs ({@link SettlementRule}). Once per grant and
 * period: a retried call finds the settlement and does nothing. Orders are initiated by the officer who accepted the
 * report, so a second officer approves them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GrantSettlements {

    /** A recovery is due this many days after the order to the consortium. */
    static final int RECOVERY_DAYS = 30;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Payments payments;

    @Inject
    Instance<SmeSupport> smeSupport;

    public void settle(Long grantId, int period) {
        Grant g = Grant.forUpdate(grantId).orElseThrow();
        if (Settlement.of(grantId, period).isPresent()) {
            return; // settled already (an engine retry)
        }
        GrantReport report = GrantReport.latest(grantId, period).filter(r -> r.is(ReportStatus.ACCEPTED))
                .orElseThrow(() -> new IllegalStateException("period " + period + " of grant " + g.number
                        + " has no accepted report"));
        Instant now = clock.instant();
        Settlement s = computed(g, report, report.decidedBy, now);
        s.persist();
        if (!report.finalReport) {
            order(g, s, "Interim payment after reporting period " + period + " of grant " + g.number,
                    "grant:" + g.number + ":period-" + period, report.decidedBy);
        } else {
            order(g, s, "Balance of grant " + g.number, "grant:" + g.number + ":balance", report.decidedBy);
            if (s.recovery.isPositive()) {
                ledger.transfer(TransferKind.RECOVERY, payeeAccount(g), g.accountId, s.recovery,
                        "recovery:grant-" + g.number, report.decidedBy);
            }
            if (s.released.isPositive()) {
                ledger.transfer(TransferKind.DECOMMITMENT, g.accountId, LedgerAccount.<LedgerAccount>findById(
                        g.accountId).parentId, s.released, "grant-closure:" + g.number, report.decidedBy);
            }
            g.close(s.finalAmount, now);
        }
        for (WorkPackage wp : WorkPackage.ofGrant(g.id)) {
            if (wp.is(WorkPackageStatus.ACCEPTED) && wp.paidInPeriod == null) {
                wp.paidWith(period);
            }
        }
        em.flush();
    }

    /**
     * What accepting the submitted {@code report} now would settle, computed as {@link #settle} computes it and
     * written nowhere (the officer sees it while reviewing, e.g. the SME-share reduction of a final report).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Settlement preview(Grant g, GrantReport report) {
        return computed(g, report, null, clock.instant());
    }

    private Settlement computed(Grant g, GrantReport report, String officer, Instant now) {
        Call call = Call.findById(g.callId);
        Money paidBefore = payments.orderedOrPaid(g.accountId);
        int period = report.period;
        if (!report.finalReport) {
            return Settlement.interim(g.id, period, SettlementRule.interim(g.maxContribution,
                    call.interimCeilingPercent, acceptedToDate(g, report, false), paidBefore), officer, now);
        }
        SettlementRule.Closure closure = SettlementRule.closure(g.maxContribution, acceptedToDate(g, report, true),
                g.minSmeShare, smeSupportPaid(g), paidBefore);
        return Settlement.closure(g.id, period, g.maxContribution, closure,
                LocalDate.ofInstant(now, Brussels.ZONE).plusDays(RECOVERY_DAYS), officer, now);
    }

    private void order(Grant g, Settlement s, String purpose, String reference, String officer) {
        if (s.amount.isPositive()) {
            Organisation coordinator = Organisation.findById(g.coordinatorId);
            s.orderedAs(payments.open(new PaymentRequest(g.accountId, coordinator.legalName, null, s.amount, purpose,
                    reference), officer).id());
        }
    }

    /**
     * The contribution accepted to date, counting {@code report} (accepted, or being previewed). Cost grants: the
     * accepted reports' contributions of the earlier periods and this report's. Lump-sum grants: before the end, the
     * pre-financing and the schedule lines of the accepted work packages (so each is paid its line); at closure,
     * the accepted work packages' shares of the lump sum (all of it when all are accepted).
     */
    Money acceptedToDate(Grant g, GrantReport report, boolean closure) {
        if (!g.isLumpSum()) {
            return GrantReport.ofGrant(g.id).stream().filter(r -> r.period < report.period
                    && r.is(ReportStatus.ACCEPTED)).map(r -> r.contribution).reduce(report.contribution, Money::plus);
        }
        List<WorkPackage> accepted = WorkPackage.ofGrant(g.id).stream()
                .filter(w -> w.is(WorkPackageStatus.ACCEPTED)).toList();
        if (!closure) {
            return accepted.stream().map(w -> w.amount).reduce(g.preFinancing(), Money::plus);
        }
        if (accepted.size() == WorkPackage.count("grantId", g.id)) {
            return g.maxContribution;
        }
        return accepted.stream().map(w -> g.maxContribution.percent(w.share, RoundingMode.DOWN))
                .reduce(Money.ZERO, Money::plus);
    }

    private Money smeSupportPaid(Grant g) {
        if (g.minSmeShare == null || g.minSmeShare.compareTo(BigDecimal.ZERO) <= 0 || !smeSupport.isResolvable()) {
            return Money.ZERO;
        }
        return smeSupport.get().paidToSmes(g.id);
    }

    /** The account the grant's payments went to (the coordinator's bank account). */
    private static Long payeeAccount(Grant g) {
        return LedgerTransfer.<LedgerTransfer>find("kind = ?1 and debitAccountId = ?2 order by id",
                TransferKind.PAYMENT, g.accountId).firstResultOptional().map(t -> t.creditAccountId)
                .orElseThrow(() -> new IllegalStateException("grant " + g.number + " was never paid"));
    }
}
