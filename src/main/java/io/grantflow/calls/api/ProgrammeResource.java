package io.grantflow.calls.api;

import io.grantflow.calls.application.CallService;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.Violations;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeResource {

    @Inject
    CallService calls;

    @GET
    @PermitAll
    @Operation(summary = "All programmes, with the part of each budget that calls have allocated")
    public Page<ProgrammeView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return Page.slice(calls.programmes(), request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Create a programme")
    @APIResponse(responseCode = "201", description = "The programme",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeView.class)))
    @Problems(conflict = "programme_code_taken", unprocessable = {"insufficient_funds", "invalid_programme"})
    public Response create(ProgrammeDefinition definition) {
        ProgrammeView view = calls.createProgramme(Requests.body(definition));
        return Response.created(URI.create("/api/programmes/" + view.code())).entity(view).build();
    }

    @GET
    @jakarta.ws.rs.Path("{code}")
    @PermitAll
    @Operation(summary = "One programme with its allocation to calls")
    public ProgrammeView get(@jakarta.ws.rs.PathParam("code") String code) {
        return calls.programme(code);
    }
}
