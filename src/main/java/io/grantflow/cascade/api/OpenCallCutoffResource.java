package io.grantflow.cascade.api;

import io.grantflow.cascade.application.OpenCallCutoffs;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The budgets of an open call's cut-offs and the consortium's carry-over of a decided cut-off's unused budget. */
@Path("/api/open-calls/{id}/cutoffs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cascade funding")
public class OpenCallCutoffResource {

    @Inject
    OpenCallCutoffs cutoffs;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(operationId = "listOpenCallCutoffs",
            summary = "Public: each cut-off's budget as the ledger holds it: as created, carried in, carried out, "
            + "allocated, committed, remaining; its state (OPEN, UPCOMING, CLOSED, CARRIED_OVER); decided once it "
            + "closed with no application left SUBMITTED or UNDER_REVIEW")
    public OpenCallCutoffView list(@PathParam("id") String id) {
        return cutoffs.cutoffs(Requests.pathId(id, "open call"));
    }

    @POST
    @Path("{index}/carry-over")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "decideOpenCallCarryOver",
            summary = "Carry the unused budget of a decided cut-off to the next cut-off (a CARRY_OVER transfer in "
            + "the ledger, once per cut-off: a repeated decision returns the first); members of the grant's consortium")
    @Problems(unprocessable = {"carry_over_refused", "no_cutoffs", "cutoff_not_decided", "no_next_cutoff",
            "next_cutoff_decided", "nothing_unused"})
    public OpenCallCutoffView carryOver(@PathParam("id") String id, @PathParam("index") String index) {
        long openCall = Requests.pathId(id, "open call");
        return cutoffs.carryOver(openCall, Requests.pathId(index, "cut-off of open call " + openCall),
                identity.getPrincipal().getName());
    }
}
