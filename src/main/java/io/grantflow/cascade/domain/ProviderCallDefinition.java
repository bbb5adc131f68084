package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/grants/{id}/provider-calls}: a call for providers of a {@code service} at a day rate
 * of at most {@code maxDayRate}, open to the organisation types in {@code providerTypes} (left out:
 * {@link ProviderCallPolicy#DEFAULT_TYPES}), selected first come first served or evaluated by the consortium.
 */
public record ProviderCallDefinition(String title, String description, ServiceKind service, Money maxDayRate,
                                     List<OrganisationType> providerTypes, Selection selection, Instant opensAt,
                                     Instant closesAt) {
}
