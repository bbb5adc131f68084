package io.grantflow.cascade.api;

import io.grantflow.cascade.application.OpenCallSearch;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.shared.sector.Ecosystem;

import java.time.Instant;

/**
 * What the public listing of open calls is filtered by; null: no filter. {@code closingAfter} defaults to now;
 * {@code text} is searched in titles, value-chain keywords and descriptions ({@link OpenCallSearch}).
 */
public record OpenCallFilter(String country, Ecosystem sector, Instrument instrument, TypeOfSupport typeOfSupport,
                             Instant closingAfter, Instant closingBefore, Long grant, OpenCallSearch text) {
}
