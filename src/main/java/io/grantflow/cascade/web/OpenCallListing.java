package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.TargetRegion;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.web.Paging;

import java.util.List;

/**
 * What the open-calls page shows: a page of open calls, the filters as read, the choices of each filter
 * (countries ordered by their name in the page's language; target markets as regions, then countries) and whether
 * a filter could not be read.
 */
public record OpenCallListing(List<OpenCallView> openCalls, OpenCallFilters filters, List<String> countries,
                              List<Ecosystem> sectors, List<TypeOfSupport> typesOfSupport,
                              List<Instrument> instruments, List<TargetRegion> marketRegions,
                              List<String> marketCountries, Paging paging,
                              boolean unreadableFilters) {
}
