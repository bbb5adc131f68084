package io.grantflow.cascade.api;

import io.grantflow.shared.money.Money;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/open-calls/{id}/applications}. {@code requested} is left out for a
 * fixed lump sum and for ClusterXchange (the amount follows from the host table). The declarations
 * are required; {@code deMinimisReceived} is the de minimis aid received in the last 3 years.
 * ClusterXchange: the visitor (a person, with an identifier such as a passport or e-mail), the host
 * cluster organisation, the stay and the distance. {@code sector}: the applicant's industrial ecosystem (an
 * {@link io.grantflow.shared.sector.Ecosystem} code), checked against the open call's sectors.
 */
public record ApplicationRequest(Long organisation, Money requested, String purpose, String sector, String iban,
                                 Boolean notInDifficulty, Boolean noDoubleFunding, Money deMinimisReceived,
                                 Exchange exchange) {

    public record Exchange(String visitorName, String visitorId, Long host, LocalDate from, LocalDate to,
                           Integer distanceKm) {
    }
}
