package io.grantflow.proposals.api;

import io.grantflow.proposals.application.ProposalAccess;
import io.grantflow.proposals.application.ProposalSubmission;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Proposals are created under their call: {@code POST /api/calls/{identifier}/proposals}. */
@Path("/api/calls/{identifier}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class CallProposalResource {

    @Inject
    ProposalSubmission proposals;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "createProposal",
            summary = "Create a draft proposal for an open call (as a member of the coordinator)")
    @APIResponse(responseCode = "201", description = "The draft proposal",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProposalView.class)))
    @Problems(forbidden = "not_a_coordinator_member", conflict = "call_not_open", unprocessable = "invalid_proposal")
    public Response create(@PathParam("identifier") String call, ProposalContent content) {
        ProposalView view = proposals.create(call, Requests.body(content), actor());
        return Response.created(URI.create("/api/proposals/" + view.id())).entity(view).build();
    }

    private ProposalAccess.Actor actor() {
        return new ProposalAccess.Actor(identity.getPrincipal().getName(), identity.hasRole(Roles.OFFICER));
    }
}
