package io.grantflow.kpis.api;

import io.grantflow.shared.money.Money;

import java.time.Instant;
import java.util.Map;

/**
 * The programme indicators for a scope (a grant, a call or a programme): those computed from the
 * data, and those the consortia reported (the latest version of each period, summed).
 */
public record KpiView(String scope, String id, Instant computedAt, int grants, Computed computed,
                      Map<String, java.math.BigInteger> reported) {

    /**
     * @param smesSupported          distinct SMEs holding an award (awarded, reporting or closed)
     * @param smesSupportedByTheme   the same per theme (activity) of the open calls that awarded them
     * @param smesFromOtherCountries supported SMEs established in a country none of the grant's beneficiaries is in
     * @param smesInternationalised  SMEs that completed an award of an open call for SME internationalisation
     * @param exchangesMade          ClusterXchange exchanges completed (report verified)
     * @param organisationsSupportedByType the grants' beneficiaries and the awarded third parties, each organisation
     *                               once under its type (a claimed type once validated, else TYPE_NOT_VALIDATED)
     * @param smesFromOtherRegions   supported SMEs in a place none of their grant's beneficiaries is in (same country
     *                               and, where both gave one, the same NUTS 2 region)
     * @param smesFromOtherRegionsByRegion the same per NUTS 2 region (the country where the SME gave no region)
     * @param smesAskedForProfile    supported SMEs whose open call asked for the entrepreneur profile
     * @param smesSupportedByProfile those answering yes, per answer (YOUNG_ENTREPRENEUR, NEW_BUSINESS, FEMALE_LED)
     */
    public record Computed(long smesSupported, Map<String, Long> smesSupportedByTheme, long smesFromOtherCountries,
                           long smesInternationalised, long exchangesMade, Money supportCommitted, Money supportPaid,
                           Map<String, Long> organisationsSupportedByType, long smesFromOtherRegions,
                           Map<String, Long> smesFromOtherRegionsByRegion, long smesAskedForProfile,
                           Map<String, Long> smesSupportedByProfile) {
    }
}
