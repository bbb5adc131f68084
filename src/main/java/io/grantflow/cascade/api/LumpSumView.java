package io.grantflow.cascade.api;

import io.grantflow.cascade.domain.ClusterXchangeLumpSum;
import io.grantflow.shared.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What one ClusterXchange exchange would be paid, computed by {@link ClusterXchangeLumpSum} as the award will
 * compute it: the host country's amount from the open call's table ({@code hostCountryAmount}, null when the
 * table has none for that country), never above the {@code cap}, halved when the stay lasts under 5 days (the
 * first and the last day counted: {@code days}) and/or the distance is under 200 km ({@code halvedBecause}:
 * {@code SHORT_STAY}, {@code NEAR}, or both; halved once). {@code refusals}: the codes an application with these
 * figures would be refused with for its stay or its host country ({@code invalid_stay}: 3 working days to 1 month;
 * {@code no_host_amount}); {@code amount} is null when there is no host amount.
 */
public record LumpSumView(Long openCall, Long host, String hostName, String hostCountry, Money hostCountryAmount,
                          Money cap, LocalDate from, LocalDate to, int days, int workingDays, int distanceKm,
                          boolean validStay, List<ClusterXchangeLumpSum.Halving> halvedBecause, boolean halved,
                          Money amount, List<String> refusals) {
}
