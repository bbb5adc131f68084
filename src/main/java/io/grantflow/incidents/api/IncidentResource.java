package io.grantflow.incidents.api;

import io.grantflow.incidents.application.Incidents;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Processes stopped at a step that failed all its retries, for officers to see and retry. */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.OFFICER)
public class IncidentResource {

    @Inject
    Incidents incidents;

    @GET
    @Operation(summary = "Open incidents: the process, its business key (the call, proposal, payment order or "
            + "application), the step and the failure")
    public Page<Incidents.Incident> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return Page.of(incidents.open(request.offset(), request.size()), request, incidents.count());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Retry the failed step once more (it runs again when due; every step is idempotent)")
    @Problems(conflict = "not_retryable")
    public Incidents.Incident retry(@PathParam("id") String id) {
        Incidents.Incident incident = incidents.find(id).orElseThrow(() -> DomainException.notFound("incident", id));
        if (!incidents.retry(id)) {
            throw DomainException.conflict("not_retryable", "incident " + id + " is not a failed job");
        }
        return incident;
    }
}
