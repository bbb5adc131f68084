package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.ServiceKind;
import io.grantflow.shared.money.Money;

import java.time.Instant;

/**
 * An in-kind award by days: the SME supported, the provider that delivers, the days and their value (the award), the
 * days delivered as reported and whether the SME confirmed them, and what was ordered to the provider
 * ({@code paymentOrder}, {@code paymentStatus}) and released back to the open call.
 */
public record InKindAwardView(Long application, Long openCall, ApplicationStatus applicationStatus, Long organisation,
                              String sme, Long providerOffer, String provider, ServiceKind service, int days,
                              Money dayRate, Money value, Integer deliveredDays, Instant deliveryReportedAt,
                              Instant deliveryConfirmedAt, Money paidToProvider, Long paymentOrder, String paymentStatus,
                              Money released) {
}
