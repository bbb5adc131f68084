package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.ApplicantAction;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.NextStep;
import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One application of the caller's organisations, as their list shows it ({@code GET /api/me/applications},
 * {@code /my/applications}): the open call's title, the organisation, the status and money, what comes next
 * ({@code next}, with {@code reportDueAt} for a report and {@code visitEndsOn} for a ClusterXchange visit) and
 * the acts a member of the organisation may take now ({@code actions}).
 */
public record MyApplicationView(Long id, Long openCall, String openCallTitle, Long organisation, String organisationName,
                                ApplicationStatus status, Money requested, Money amountToAward, Money awarded,
                                Instant submittedAt, Instant reportDueAt, LocalDate visitEndsOn, NextStep next,
                                List<ApplicantAction> actions) {
}
