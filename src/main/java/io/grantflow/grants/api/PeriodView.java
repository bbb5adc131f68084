package io.grantflow.grants.api;

import io.grantflow.grants.domain.ReportStatus;

import java.time.LocalDate;

/**
 * A reporting period of a grant and where its report stands. {@code state}: RUNNING (the period is not over),
 * DUE (over, no report submitted yet), SUBMITTED, INFORMATION_REQUESTED, REJECTED (to be corrected), ACCEPTED;
 * {@code overdue} when the report's due date passed with no version submitted.
 */
public record PeriodView(int index, LocalDate from, LocalDate to, LocalDate reportDue, boolean last, String state,
                         boolean overdue, Integer reportVersion, ReportStatus reportStatus, LocalDate paymentDueOn,
                         SettlementView settlement) {
}
