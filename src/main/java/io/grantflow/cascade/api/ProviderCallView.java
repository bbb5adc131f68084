package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.Selection;
import io.grantflow.cascade.domain.ServiceKind;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.List;

/** A call for service providers as anyone reads it: the service, the highest day rate, who may provide, the window. */
public record ProviderCallView(Long id, Long grant, String grantNumber, String consortium, String title,
                               String description, ServiceKind service, String currency, Money maxDayRate,
                               List<OrganisationType> providerTypes, Selection selection, Instant opensAt,
                               Instant closesAt, boolean open) {
}
