package io.grantflow.calls.web;

import io.grantflow.calls.api.CallFilter;
import io.grantflow.calls.application.CallService;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public pages of the programme's calls: {@code /calls} (with their status and deadlines, filtered by
 * status) and {@code /calls/{identifier}}. Read through {@link CallService}, as {@code GET /api/calls} is,
 * as an anonymous visitor sees them (no drafts).
 */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CallPages {

    /** Calls per page of the list. */
    static final int PAGE_SIZE = 10;

    /** The statuses a visitor may filter by (drafts are never public). */
    static final List<CallStatus> PUBLIC_STATUSES = List.of(CallStatus.FORTHCOMING, CallStatus.OPEN, CallStatus.CLOSED);

    @Inject
    CallService calls;

    @Inject
    Pages pages;

    @Inject
    @Location("calls/calls.html")
    Template list;

    @Inject
    @Location("calls/call.html")
    Template detail;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page) {
        Violations v = new Violations();
        CallStatus chosen = Requests.queryEnum(status, CallStatus.class, "status", v);
        if (chosen != null && !PUBLIC_STATUSES.contains(chosen)) {
            chosen = null;
            v.add("status", "invalid_query_parameter", "not a public status");
        }
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        Page<io.grantflow.calls.api.CallSummary> found = calls.list(new CallFilter(chosen, null, null, null),
                request, false);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", chosen == null ? null : chosen.name());
        return pages.render(list.data("listing", new CallListing(found.items(), chosen == null ? "" : chosen.name(),
                PUBLIC_STATUSES, Paging.of(found, "/calls", query), !v.isEmpty())));
    }

    @GET
    @Path("{identifier}")
    public TemplateInstance call(@PathParam("identifier") String identifier) {
        return pages.render(detail.data("page", new CallPage(calls.get(identifier, false))));
    }
}
