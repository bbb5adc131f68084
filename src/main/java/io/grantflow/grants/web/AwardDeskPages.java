package io.grantflow.grants.web;

import io.grantflow.grants.application.GrantAwards;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The award from the ranking page ({@code ranking/web/RankingDeskPages}): a grant per main-list proposal, committed
 * from the call's (or cut-off's) budget ({@link GrantAwards#award}, the API's service). The form carries its own
 * idempotency key, made when the ranking page was shown, so the same form sent twice awards once. Back to the ranking
 * page, which says it was awarded, or why not.
 */
@Path("/desk/calls/{identifier}/award")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class AwardDeskPages {

    @Inject
    GrantAwards grants;

    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response award(@PathParam("identifier") String identifier, @FormParam("cutoff") String cutoff,
                          @FormParam("key") String key) {
        int batch;
        try {
            batch = cutoff == null || cutoff.isBlank() ? 0 : Integer.parseInt(cutoff.strip());
        } catch (NumberFormatException e) {
            throw DomainException.notFound("cut-off of call " + identifier, cutoff);
        }
        String page = "/desk/calls/" + URLEncoder.encode(identifier, StandardCharsets.UTF_8) + "/ranking?cutoff=" + batch;
        try {
            grants.award(identifier, batch, key == null || key.isBlank() ? null : key.strip(),
                    identity.getPrincipal().getName());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Response.seeOther(URI.create(page + "&refused=" + e.code())).build();
        }
        return Response.seeOther(URI.create(page + "&done=awarded")).build();
    }
}
