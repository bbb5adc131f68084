package io.grantflow.ranking.api;

import io.grantflow.ranking.application.RankingQueries;
import io.grantflow.ranking.application.RankingService;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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

/** The ranking of a call's batch (the deadline, a cut-off or a stage: {@code cutoff} is its index). */
@Path("/api/calls/{identifier}/ranking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking and award")
@RolesAllowed(Roles.OFFICER)
public class RankingResource {

    @Inject
    RankingService ranking;

    @Inject
    RankingQueries queries;

    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(operationId = "computeRanking",
            summary = "Rank the batch from the agreed consensus scores: thresholds, weighted totals, tie-breaks, "
            + "budget line (stage 1 of a two-stage call: invitations up to the call's multiple of the budget); "
            + "can be repeated until the award")
    @Problems(conflict = {"batch_open", "evaluation_pending", "nothing_to_rank", "ranking_awarded"},
            unprocessable = {"cutoff_required", "invalid_cutoff"})
    public RankingView rank(@PathParam("identifier") String identifier, @QueryParam("cutoff") String cutoff,
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        Integer batch = Requests.queryInt(cutoff, "cutoff", v);
        v.throwIfAnyBadQuery();
        return ranking.rank(identifier, batch, identity.getPrincipal().getName(), request);
    }

    @GET
    @Operation(summary = "The ranking explained: every position with its scores, tie-break, running total of the "
            + "requested amounts, and where the budget line falls; rejected proposals with their reasons")
    @Problems(unprocessable = {"cutoff_required", "invalid_cutoff"})
    public RankingView get(@PathParam("identifier") String identifier, @QueryParam("cutoff") String cutoff,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        Integer batch = Requests.queryInt(cutoff, "cutoff", v);
        v.throwIfAnyBadQuery();
        return queries.get(identifier, batch, request);
    }
}
