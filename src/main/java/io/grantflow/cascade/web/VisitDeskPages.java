package io.grantflow.cascade.web;

import io.grantflow.cascade.application.ApplicationFollowUp;
import io.grantflow.cascade.application.ApplicationQueries;
import io.grantflow.cascade.application.CascadeWaiting;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/**
 * The host cluster's ClusterXchange visits to confirm ({@link CascadeWaiting#visitsToConfirm}), each confirmed with
 * one button ({@link ApplicationFollowUp#confirmHost}, the API's service: members of the host only, never for an own
 * application, from the visit's first day).
 */
@Path("/desk/visits")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.APPLICANT, Roles.SME})
public class VisitDeskPages {

    @Inject
    CascadeWaiting waiting;

    @Inject
    ApplicationQueries applications;

    @Inject
    ApplicationFollowUp followUp;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("consortium/visits.html")
    Template visitsPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance visits(@QueryParam("confirmed") String confirmed) {
        String user = identity.getPrincipal().getName();
        return pages.render(visitsPage.data("visits", waiting.visitsToConfirm(user).stream()
                .map(id -> applications.get(id, user, false)).toList())
                .data("confirmed", confirmed == null ? null : confirmed.replaceAll("\\D", "")));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(hidden = true)
    public Response confirm(@PathParam("id") String id) {
        long application = io.grantflow.shared.api.Requests.pathId(id, "application");
        followUp.confirmHost(application, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/desk/visits?confirmed=" + application)).build();
    }
}
