package io.grantflow.evaluation.api;

import io.grantflow.evaluation.application.ExpertPool;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Roles.OFFICER)
public class ExpertResource {

    @Inject
    ExpertPool evaluation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an independent expert (a user with the evaluator role)")
    @APIResponse(responseCode = "201", description = "The expert, registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExpertView.class)))
    @Problems(conflict = "expert_exists", unprocessable = "invalid_expert")
    public Response register(ExpertRequest request) {
        ExpertView view = evaluation.register(Requests.body(request));
        return Response.created(URI.create("/api/experts/" + view.id())).entity(view).build();
    }

    @GET
    public Page<ExpertView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return evaluation.experts(request);
    }
}
