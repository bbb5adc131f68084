package io.grantflow.cascade.api;

import io.grantflow.cascade.application.OpenCallSearch;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.TargetMarkets;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.shared.sector.Ecosystem;

import java.time.Instant;

/**
 * What the public listing of open calls is filtered by; null: no filter. {@code closingAfter} defaults to now;
 * {@code text} is searched in titles, value-chain keywords and descriptions ({@link OpenCallSearch});
 * {@code targetMarket} (a country or a region, {@link TargetMarkets#related}) finds the open calls targeting it.
 */
public record OpenCallFilter(String country, Ecosystem sector, Instrument instrument, TypeOfSupport typeOfSupport,
                             Instant closingAfter, Instant closingBefore, Long grant, OpenCallSearch text,
                             String targetMarket) {

    /** A filter by anything but the target market. */
    public OpenCallFilter(String country, Ecosystem sector, Instrument instrument, TypeOfSupport typeOfSupport,
                          Instant closingAfter, Instant closingBefore, Long grant, OpenCallSearch text) {
        this(country, sector, instrument, typeOfSupport, closingAfter, closingBefore, grant, text, null);
    }
}
