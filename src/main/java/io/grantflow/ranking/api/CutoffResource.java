package io.grantflow.ranking.api;

import io.grantflow.ranking.application.CutoffCarryOvers;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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

/** The budgets of a call's cut-offs and the carry-over of a decided cut-off's unused budget to the next. */
@Path("/api/calls/{identifier}/cutoffs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking and award")
@RolesAllowed(Roles.OFFICER)
public class CutoffResource {

    @Inject
    CutoffCarryOvers carryOvers;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "listCutoffBudgets",
            summary = "Each cut-off's budget as the ledger holds it: as published, carried in, carried out, "
            + "allocated, committed, available; decided once its batch is awarded")
    public CutoffBudgetView list(@PathParam("identifier") String identifier) {
        return carryOvers.cutoffs(identifier);
    }

    @POST
    @Path("{index}/carry-over")
    @Operation(operationId = "decideCarryOver",
            summary = "Carry the unused budget of a decided cut-off to the next cut-off (a CARRY_OVER transfer in "
            + "the ledger, once per cut-off: a repeated decision returns the first)")
    @Problems(unprocessable = {"carry_over_refused", "no_cutoffs", "cutoff_not_decided", "no_next_cutoff",
            "next_cutoff_decided", "nothing_unused"})
    public CutoffBudgetView carryOver(@PathParam("identifier") String identifier, @PathParam("index") String index) {
        return carryOvers.carryOver(identifier, Requests.pathId(index, "cut-off of call " + identifier),
                identity.getPrincipal().getName());
    }
}
