package io.grantflow.evaluation.api;

import io.grantflow.evaluation.application.ConsensusService;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The consensus of a proposal, for the rapporteur (an officer). */
@Path("/api/proposals/{id}/consensus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Roles.OFFICER)
public class ConsensusResource {

    public record Scores(List<ScoringPolicy.Entry> scores) {
    }

    @Inject
    ConsensusService consensus;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "The consensus: individual scores (once all are in), spread, divergences of 2 points or more")
    public ConsensusView get(@PathParam("id") String id) {
        return consensus.view(Requests.pathId(id, "proposal"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a draft of the consensus scores and comments (given criteria replaced, others kept)")
    @Problems(conflict = {"consensus_agreed", "consensus_not_open"}, unprocessable = "invalid_consensus")
    public ConsensusView save(@PathParam("id") String id, Scores scores) {
        List<ScoringPolicy.Entry> entries = Requests.body(scores).scores();
        return consensus.save(Requests.pathId(id, "proposal"), entries == null ? List.of() : entries, user());
    }

    @POST
    @Path("submit")
    @Operation(summary = "Agree the consensus: every criterion scored and commented; the weighted total then counts")
    @Problems(conflict = {"consensus_agreed", "consensus_not_open"}, unprocessable = "consensus_incomplete")
    public ConsensusView agree(@PathParam("id") String id) {
        return consensus.agree(Requests.pathId(id, "proposal"), user());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
