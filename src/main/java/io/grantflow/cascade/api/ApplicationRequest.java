package io.grantflow.cascade.api;

import io.grantflow.shared.money.Money;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/open-calls/{id}/applications}. {@code requested} is left out for a
 * fixed lump sum and for ClusterXchange (the amount follows from the host table). The declarations
 * are required; {@code deMinimisReceived} is the de minimis aid received in the last 3 years.
 * ClusterXchange: the visitor (a person, with an identifier such as a passport or e-mail), the host
 * cluster organisation, the stay and the distance. {@code sector}: the applicant's industrial ecosystem (an
 * {@link io.grantflow.shared.sector.Ecosystem} code), checked against the open call's sectors. {@code entrepreneur}:
 * only where the open call collects the entrepreneur profile, each answer optional. {@code days}: only for an open call
 * in kind by days, the days of its service asked for (then {@code requested} is left out).
 */
public record ApplicationRequest(Long organisation, Money requested, String purpose, String sector, String iban,
                                 Boolean notInDifficulty, Boolean noDoubleFunding, Money deMinimisReceived,
                                 Exchange exchange, Entrepreneur entrepreneur, Integer days) {

    /** An application that asks for an amount, not for days. */
    public ApplicationRequest(Long organisation, Money requested, String purpose, String sector, String iban,
                              Boolean notInDifficulty, Boolean noDoubleFunding, Money deMinimisReceived,
                              Exchange exchange, Entrepreneur entrepreneur) {
        this(organisation, requested, purpose, sector, iban, notInDifficulty, noDoubleFunding, deMinimisReceived,
                exchange, entrepreneur, null);
    }

    /** An application without an entrepreneur profile. */
    public ApplicationRequest(Long organisation, Money requested, String purpose, String sector, String iban,
                              Boolean notInDifficulty, Boolean noDoubleFunding, Money deMinimisReceived,
                              Exchange exchange) {
        this(organisation, requested, purpose, sector, iban, notInDifficulty, noDoubleFunding, deMinimisReceived,
                exchange, null);
    }

    /**
     * The applicant's answers for the KPI breakdowns, each optional (null: not answered): the entrepreneur is under 40
     * ({@code youngEntrepreneur}), the business is under 3 years old ({@code newBusiness}), it is led by a woman
     * ({@code femaleLed}).
     */
    public record Entrepreneur(Boolean youngEntrepreneur, Boolean newBusiness, Boolean femaleLed) {
    }

    public record Exchange(String visitorName, String visitorId, Long host, LocalDate from, LocalDate to,
                           Integer distanceKm) {
    }
}
