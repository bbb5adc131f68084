package io.grantflow.calls.web;

import io.grantflow.calls.api.CallSummary;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.shared.web.Paging;

import java.util.List;

/**
 * What the programme-calls page shows: one page of calls, the status chosen (blank for all) and the
 * statuses people may choose, and whether a filter in the address could not be read (then ignored).
 */
public record CallListing(List<CallSummary> calls, String status, List<CallStatus> statuses, Paging paging,
                          boolean unreadableFilter) {
}
