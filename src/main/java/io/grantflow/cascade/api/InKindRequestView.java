package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.ServiceKind;

/**
 * An in-kind application by days waiting for the consortium's decision: the SME, the service and the days it asks
 * for, and the roster provider named for it so far ({@code providerOffer}, {@code provider}; null: none yet).
 */
public record InKindRequestView(Long application, Long openCall, String openCallTitle, String sme, ServiceKind service,
                                int days, Long providerOffer, String provider) {
}
