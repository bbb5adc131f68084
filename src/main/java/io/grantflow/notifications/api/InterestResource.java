package io.grantflow.notifications.api;

import io.grantflow.notifications.application.SavedInterests;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's interests: an open call that opens and matches them is announced (docs/notifications.md). */
@Path("/api/me/interests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@Authenticated
public class InterestResource {

    @Inject
    SavedInterests interests;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "getMyInterests",
            summary = "My interests: the countries, sectors and types of support of the open calls I want to hear of")
    public InterestsView mine() {
        return interests.of(identity.getPrincipal().getName());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMyInterests",
            summary = "Replace my interests; every unknown or repeated country, sector or type of support is listed")
    @Problems(unprocessable = "invalid_interests")
    public InterestsView replace(InterestsRequest request) {
        return interests.save(identity.getPrincipal().getName(), Requests.body(request));
    }
}
