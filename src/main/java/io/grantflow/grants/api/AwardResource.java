package io.grantflow.grants.api;

import io.grantflow.grants.application.GrantAwards;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.idempotency.IdempotentResponses;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The award of a ranked batch. */
@Path("/api/calls/{identifier}/award")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking and award")
@RolesAllowed(Roles.OFFICER)
public class AwardResource {

    @Inject
    GrantAwards grants;

    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(operationId = "awardBatch",
            summary = "Award the ranked batch: a grant per main-list proposal, each committed from the call's (or "
            + "cut-off's) budget; once per batch; needs an Idempotency-Key")
    @APIResponse(responseCode = "200", description = "The award: the grants offered and what was committed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AwardView.class)))
    @Problems(conflict = {"not_a_funding_ranking", "not_ranked"},
            unprocessable = {"cutoff_required", "insufficient_funds", "invalid_cutoff"})
    public Response award(@PathParam("identifier") String identifier, @QueryParam("cutoff") String cutoff,
                          @HeaderParam(Idempotency.HEADER) String key) {
        Violations v = new Violations();
        Integer batch = Requests.queryInt(cutoff, "cutoff", v);
        v.throwIfAnyBadQuery();
        return IdempotentResponses.of(grants.award(identifier, batch, key, identity.getPrincipal().getName()), "", "");
    }
}
