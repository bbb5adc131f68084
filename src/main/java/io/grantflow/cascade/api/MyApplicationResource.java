package io.grantflow.cascade.api;

import io.grantflow.cascade.application.ApplicationQueries;
import io.grantflow.shared.api.OnlyDeclaredQueryParameters;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.Violations;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own applications: those of every organisation they are a member of (the same list as {@code /my/applications}). */
@Path("/api/me/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cascade funding")
@Authenticated
public class MyApplicationResource {

    @Inject
    ApplicationQueries queries;

    @Inject
    SecurityIdentity identity;

    @GET
    @OnlyDeclaredQueryParameters
    @Operation(operationId = "listMyApplications",
            summary = "My applications: those of every organisation I am a member of, newest first, with the open "
            + "call's title, the status, the amounts, what comes next and the acts open to the organisation's members")
    public Page<MyApplicationView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return queries.mine(identity.getPrincipal().getName(), request);
    }
}
