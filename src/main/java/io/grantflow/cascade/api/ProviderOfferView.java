package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ProviderOfferStatus;
import io.grantflow.cascade.domain.ServiceKind;
import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * A provider's offer: {@code SELECTED} offers are the grant's roster; {@code daysAwarded} is what in-kind awards hold of
 * its {@code capacityDays}, {@code daysAvailable} the rest. {@code refusals}: every broken rule of a refused offer.
 */
public record ProviderOfferView(Long id, Long providerCall, Long grant, Long organisation, String provider,
                                ServiceKind service, Money dayRate, int capacityDays, int daysAwarded, int daysAvailable,
                                List<String> languages, String description, ProviderOfferStatus status,
                                List<Application.Refusal> refusals, String decisionReason, Instant submittedAt) {
}
