package io.grantflow.cascade.domain;

/** A provider's offer: refused by a rule, waiting for the consortium, selected (on the roster) or rejected. */
public enum ProviderOfferStatus {
    REFUSED,
    UNDER_REVIEW,
    SELECTED,
    REJECTED
}
