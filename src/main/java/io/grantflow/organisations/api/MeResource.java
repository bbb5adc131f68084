package io.grantflow.organisations.api;

import io.grantflow.organisations.application.OrganisationService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@Authenticated
public class MeResource {

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Who the caller is: user name, roles and organisations")
    public Map<String, Object> me() {
        return Map.of("username", user(), "roles", identity.getRoles().stream().sorted().toList(),
                "organisations", organisations.of(user()));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
