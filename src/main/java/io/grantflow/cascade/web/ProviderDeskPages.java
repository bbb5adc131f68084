package io.grantflow.cascade.web;

import io.grantflow.cascade.application.InKindSupport;
import io.grantflow.cascade.application.ProviderCalls;
import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A grant's providers on the consortium's desk: its calls for providers, the roster (day rates, days awarded and left)
 * and the in-kind awards (provider, days, value, delivered, paid), read through the API's services. Consortium
 * members only (anyone else: not found, as the API answers).
 */
@Path("/desk/grants/{id}/providers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class ProviderDeskPages {

    @Inject
    GrantQueries grants;

    @Inject
    ProviderCalls providerCalls;

    @Inject
    InKindSupport inKind;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("consortium/providers.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance providers(@PathParam("id") String id) {
        String user = identity.getPrincipal().getName();
        GrantView grant = grants.get(Requests.pathId(id, "grant"), user, false);
        return pages.render(page.data("grant", grant)
                .data("calls", providerCalls.ofGrant(grant.id(), user, false))
                .data("roster", providerCalls.roster(grant.id(), user, false))
                .data("awards", inKind.ofGrant(grant.id(), user, false)));
    }
}
