package io.grantflow.cascade.web;

import io.grantflow.calls.domain.ValueChain;
import io.grantflow.cascade.application.OpenCallView;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.shared.web.Paging;

import java.util.List;

/**
 * What the open-calls page shows: a page of open calls, the filters as read, the choices of each filter
 * (countries ordered by their name in the page's language) and whether a filter could not be read.
 */
public record OpenCallListing(List<OpenCallView> openCalls, OpenCallFilters filters, List<String> countries,
                              List<ValueChain> sectors, List<Instrument> instruments, Paging paging,
                              boolean unreadableFilters) {
}
