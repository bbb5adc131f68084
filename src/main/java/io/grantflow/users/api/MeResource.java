package io.grantflow.users.api;

import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.shared.security.Roles;
import io.grantflow.users.application.Waiting;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@Authenticated
public class MeResource {

    @Inject
    OrganisationService organisations;

    @Inject
    Waiting waiting;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "getMe",
            summary = "Who the caller is: user name (the user record's handle), display name, e-mail, "
            + "language, roles, organisations, and what is waiting for them (counts and links: assignments to score, "
            + "consensus to agree, orders to approve, grants to sign, applications to decide, reports to verify, "
            + "visits to confirm, reports to send)")
    public MeView me() {
        UserView person = identity.getAttribute(UserView.ATTRIBUTE);
        return new MeView(user(), person == null ? user() : person.displayName(), person == null ? null : person.email(),
                person == null ? null : person.language(), identity.getRoles().stream().sorted().toList(),
                organisations.of(user()), waiting.of(user(), identity.hasRole(Roles.OFFICER)));
    }

    /** The caller: who they are, their organisations and what waits for them. */
    public record MeView(String username, String displayName, String email, String language, List<String> roles,
                         List<OrganisationView> organisations, WaitingView waiting) {
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
