package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.api.PanelRankingView;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.application.PanelDecision;
import io.grantflow.cascade.application.PanelRanking;
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
 * The consortium's ranking page of an open call evaluated by a panel: the ranking with the budget line, the reserve
 * list and the rejections' reasons, the evaluations still open, what was decided, and the decision button. The same
 * services as {@code /api/open-calls/{id}/ranking}: {@link PanelRanking}, {@link PanelDecision}.
 */
@Path("/desk/open-calls/{id}/ranking")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class PanelRankingPages {

    @Inject
    PanelRanking ranking;

    @Inject
    PanelDecision decision;

    @Inject
    OpenCallService openCalls;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("panel/ranking.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done) {
        Long openCall = Requests.pathId(id, "open call");
        return render(openCall, ranking.view(openCall, user()), null).data("done", "decided".equals(done));
    }

    /** Decides by the ranking; deciding again awards from the reserve list what the budget then allows. */
    @POST
    @Path("decision")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id) {
        Long openCall = Requests.pathId(id, "open call");
        try {
            decision.decide(openCall, user());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(),
                    render(openCall, ranking.view(openCall, user()), e.code()).data("done", false));
        }
        return Response.seeOther(URI.create("/desk/open-calls/" + openCall + "/ranking?done=decided")).build();
    }

    private TemplateInstance render(Long openCall, PanelRankingView view, String refusal) {
        OpenCallView oc = openCalls.get(openCall);
        return pages.render(page.data("openCall", oc).data("ranking", view).data("refusal", refusal));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
