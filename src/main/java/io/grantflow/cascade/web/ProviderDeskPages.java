package io.grantflow.cascade.web;

import io.grantflow.cascade.application.InKindRequests;
import io.grantflow.cascade.application.InKindSupport;
import io.grantflow.cascade.application.ProviderCalls;
import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.util.Set;

/**
 * A grant's providers on the consortium's desk: its calls for providers, the roster (day rates, days awarded and left),
 * the in-kind applications under review with a form to name their provider ({@link InKindSupport#nameProvider}) and
 * the in-kind awards (provider, days, value, delivered, paid) with a form to report the days delivered
 * ({@link InKindSupport#reportDelivery}, the consortium reporting for the provider), through the API's services. A
 * form that succeeds redirects back ({@code ?done=}); one the rules refuse shows the page again with the API's status
 * and the problem's code beside the form. Consortium members only (anyone else: not found, as the API answers).
 */
@Path("/desk/grants/{id}/providers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class ProviderDeskPages {

    private static final Set<String> DONE = Set.of("named", "delivered");

    /** A refused form: which ({@code provider} or {@code delivery}), for which application, and the problem's code. */
    public record Refused(String form, Long application, String code) {
        public boolean is(String name, Long id) {
            return form.equals(name) && application.equals(id);
        }
    }

    @Inject
    GrantQueries grants;

    @Inject
    ProviderCalls providerCalls;

    @Inject
    InKindSupport inKind;

    @Inject
    InKindRequests requests;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("consortium/providers.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance providers(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, done != null && DONE.contains(done) ? done : null, null);
    }

    @POST
    @Path("applications/{application}/provider")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response nameProvider(@PathParam("id") String id, @PathParam("application") String application,
                                 @FormParam("provider") String provider) {
        Long app = Requests.pathId(application, "application");
        try {
            inKind.nameProvider(app, number(provider), user());
        } catch (DomainException e) {
            return refused(id, new Refused("provider", app, e.code()), e);
        }
        return Response.seeOther(URI.create("/desk/grants/" + grant(id).id() + "/providers?done=named")).build();
    }

    @POST
    @Path("applications/{application}/delivery")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response reportDelivery(@PathParam("id") String id, @PathParam("application") String application,
                                   @FormParam("days") String days) {
        Long app = Requests.pathId(application, "application");
        try {
            Long delivered = number(days);
            inKind.reportDelivery(app, delivered == null ? null : Math.toIntExact(delivered), user());
        } catch (DomainException e) {
            return refused(id, new Refused("delivery", app, e.code()), e);
        } catch (ArithmeticException e) {
            return refused(id, new Refused("delivery", app, "invalid_delivery"), null);
        }
        return Response.seeOther(URI.create("/desk/grants/" + grant(id).id() + "/providers?done=delivered")).build();
    }

    private Response refused(String id, Refused refused, DomainException e) {
        if (e != null && e.kind() == DomainException.Kind.NOT_FOUND) {
            throw e;
        }
        return Pages.respond(e == null ? 422 : ProblemMappers.toProblem(e).status(), page(id, null, refused));
    }

    private TemplateInstance page(String id, String done, Refused refused) {
        String user = user();
        GrantView grant = grant(id);
        return pages.render(page.data("grant", grant)
                .data("calls", providerCalls.ofGrant(grant.id(), user, false))
                .data("roster", providerCalls.roster(grant.id(), user, false))
                .data("requests", requests.underReview(grant.id(), user))
                .data("awards", inKind.ofGrant(grant.id(), user, false))
                .data("done", done).data("refused", refused));
    }

    private GrantView grant(String id) {
        return grants.get(Requests.pathId(id, "grant"), user(), false);
    }

    /** A whole number as typed; null when blank or not one (the service then refuses it with its code). */
    private static Long number(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
