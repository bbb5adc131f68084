package io.grantflow.cascade.api;

import io.grantflow.shared.money.Money;

import java.util.List;

/**
 * The body of {@code POST /api/provider-calls/{id}/offers}: the providing organisation, its day rate, how many days it
 * can deliver under the grant ({@code capacityDays}), the languages it works in (ISO 639-1, e.g. "fr"), what it offers
 * and the IBAN it is paid to.
 */
public record ProviderOfferRequest(Long organisation, Money dayRate, Integer capacityDays, List<String> languages,
                                   String description, String iban) {
}
