package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.timeline.TimelineStep;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application with its status, the refusals (codes), the money and the timeline: {@code requested}
 * as the SME asked (null where the instrument fixes the amount and the SME asked nothing),
 * {@code amountToAward}, what the checks found it may receive (the fixed or ClusterXchange amount, or
 * what was asked; null until checked), and {@code awarded}, what was committed. {@code paymentDueAt}: an
 * exchange's lump sum is paid within 10 days of the accepted closing report (null otherwise, and before).
 */
public record ApplicationView(Long id, Long openCall, Long grant, Long organisation, String organisationName,
                              String applicant, ApplicationStatus status, List<Application.Refusal> refusals,
                              Money requested, Money amountToAward, Money awarded, String purpose, String sector, Exchange exchange,
                              BigDecimal score, Long awardAccount, Tranche firstTranche, Tranche balance,
                              Instant reportDueAt, Instant reportedAt, String report, String reportProof,
                              int reportRejections, Instant overdueAt, Instant paymentDueAt,
                              String processStep, Instant submittedAt, List<TimelineStep> timeline) {

    public record Exchange(String visitorName, String visitorId, Long host, LocalDate from, LocalDate to,
                           Integer distanceKm, Instant hostConfirmedAt, String hostConfirmedBy) {
    }

    /** A payment order of the application and where its approval stands. */
    public record Tranche(Long paymentOrder, Money amount, String status) {
    }

    /** The same application without the SME's report and proof (for a host cluster, who reads the visit only). */
    public ApplicationView withoutReport() {
        return new ApplicationView(id, openCall, grant, organisation, organisationName, applicant, status, refusals,
                requested, amountToAward, awarded, purpose, sector, exchange, score, awardAccount, firstTranche, balance,
                reportDueAt, reportedAt, null, null, reportRejections, overdueAt, paymentDueAt, processStep, submittedAt,
                timeline);
    }
}
