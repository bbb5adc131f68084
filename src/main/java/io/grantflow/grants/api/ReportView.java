package io.grantflow.grants.api;

import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a period's report. {@code fstpCosts} (support paid to third parties in the period, from the
 * ledger) and {@code contribution} (each category times its funding rate) are fixed at submission.
 */
public record ReportView(Long id, Long grant, int period, int version, boolean finalReport, ReportStatus status,
                         String technical, Map<String, BigDecimal> kpis, List<GrantReport.Cost> costs,
                         Money otherCosts, Money fstpPaidToDate, Money fstpCosts, Money contribution,
                         String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
                         LocalDate paymentDueOn, boolean paymentDeadlineSuspended, int suspendedDays,
                         String informationRequest, String informationAnswer, String decidedBy, Instant decidedAt,
                         String decisionReason) {

    public static ReportView of(GrantReport r) {
        return new ReportView(r.id, r.grantId, r.period, r.version, r.finalReport, r.status, r.technical, r.kpis,
                r.costs, r.otherCosts, r.fstpPaidToDate, r.fstpCosts, r.contribution, r.createdBy, r.createdAt,
                r.submittedBy, r.submittedAt, r.paymentDueOn, r.suspendedAt != null, r.suspendedDays,
                r.informationRequest, r.informationAnswer, r.decidedBy, r.decidedAt, r.decisionReason);
    }
}
