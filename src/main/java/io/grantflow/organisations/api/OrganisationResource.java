package io.grantflow.organisations.api;

import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.organisations.application.OrganisationView;
import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.ApiException;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;


@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@Authenticated
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation; the caller becomes a member. The SME category is computed.")
    public Response register(OrganisationDefinition definition) {
        OrganisationView view = organisations.register(Requests.body(definition), user());
        return Response.created(URI.create("/api/organisations/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Find organisations by participant code (pic); members' and officers' views include figures")
    public java.util.List<OrganisationView> find(@jakarta.ws.rs.QueryParam("pic") String pic) {
        if (pic == null || pic.isBlank()) {
            throw ApiException.badRequest("invalid_query_parameter", "give the pic to look up",
                    java.util.List.of(new io.grantflow.shared.problem.Violation("pic", "invalid_query_parameter",
                            "pic is required")));
        }
        return organisations.byPic(pic.trim(), user(), identity.hasRole(Roles.OFFICER));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation; figures and SME assessment for its members and officers only")
    public OrganisationView get(@PathParam("id") String id) {
        return organisations.get(Requests.pathId(id, "organisation"), user(), identity.hasRole(Roles.OFFICER));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

}
