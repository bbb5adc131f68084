package io.grantflow.evaluation.web;

import io.grantflow.evaluation.api.ConsensusView;
import io.grantflow.evaluation.application.AssignmentAccess;
import io.grantflow.evaluation.application.ConsensusService;
import io.grantflow.evaluation.application.EvaluationWaiting;
import io.grantflow.evaluation.domain.EvaluationStatus;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.evaluation.web.EvaluationDeskModels.Refusal;
import io.grantflow.evaluation.web.EvaluationDeskModels.Typed;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The rapporteur's consensus pages (officers): the proposals whose individual evaluations are all in, and one
 * proposal's consensus with each expert's scores and comments, the spread (divergences of 2 points or more marked),
 * and the form of the agreed score and comment per criterion. The same service as {@code /api/proposals/{id}/consensus}
 * ({@link ConsensusService}).
 */
@Path("/desk/consensus")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class ConsensusDeskPages {

    @Inject
    ConsensusService consensus;

    @Inject
    EvaluationWaiting waiting;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("evaluation/consensus-list.html")
    Template listPage;

    @Inject
    @Location("evaluation/consensus.html")
    Template consensusPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance open(@QueryParam("page") String page) {
        io.grantflow.shared.problem.Violations v = new io.grantflow.shared.problem.Violations();
        io.grantflow.shared.api.PageRequest request = io.grantflow.shared.api.PageRequest.parse(page, "20", v);
        var ids = io.grantflow.shared.api.Page.slice(waiting.consensusToAgree(),
                v.isEmpty() ? request : io.grantflow.shared.api.PageRequest.first(20));
        List<ConsensusView> open = ids.items().stream().map(consensus::view).toList();
        return pages.render(listPage.data("open", open)
                .data("paging", io.grantflow.shared.web.Paging.of(ids, "/desk/consensus", java.util.Map.of())));
    }

    @GET
    @Path("{proposal}")
    @Operation(hidden = true)
    public TemplateInstance one(@PathParam("proposal") String proposal, @QueryParam("done") String done) {
        ConsensusView view = consensus.view(Requests.pathId(proposal, "proposal"));
        return page(view, saved(view), List.of(), null).data("done", done);
    }

    /** Saves the consensus draft, or saves it and agrees it; refused: the form again as typed, with why. */
    @POST
    @Path("{proposal}")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response save(@PathParam("proposal") String proposal, @FormParam("criterion") List<String> criteria,
                         @FormParam("score") List<String> scores, @FormParam("comment") List<String> comments,
                         @FormParam("action") String action) {
        Long id = Requests.pathId(proposal, "proposal");
        ConsensusView view = consensus.view(id);
        Typed typed = new Typed(criteria, scores, comments);
        List<Violation> unreadable = new ArrayList<>();
        List<ScoringPolicy.Entry> entries = typed.entries(sheet(view), unreadable);
        try {
            if (!unreadable.isEmpty()) {
                throw DomainException.ruleBroken("invalid_consensus", "the consensus cannot be saved", unreadable);
            }
            consensus.save(id, entries, user());
            if ("agree".equals(action)) {
                consensus.agree(id, user());
                return Response.seeOther(URI.create("/desk/consensus/" + id + "?done=agreed")).build();
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), page(consensus.view(id), typed, e.violations(), new Refusal(e.code(), e.violations()))
                            .data("done", null));
        }
        return Response.seeOther(URI.create("/desk/consensus/" + id + "?done=saved")).build();
    }

    private TemplateInstance page(ConsensusView view, Typed typed, List<Violation> violations, Refusal refusal) {
        return pages.render(consensusPage.data("consensus", view)
                .data("rows", EvaluationDeskModels.rows(sheet(view), typed, violations, null))
                .data("refusal", refusal).data("scoreOptions", EvaluationDeskModels.SCORES)
                .data("editable", view.status() == EvaluationStatus.CONSENSUS));
    }

    /** The criteria of the consensus as a scoring sheet (its names, weights and thresholds). */
    private static AssignmentAccess.Sheet sheet(ConsensusView view) {
        return new AssignmentAccess.Sheet(view.call(), view.criteria().stream()
                .map(c -> new AssignmentAccess.SheetCriterion(c.criterion(), c.weight(), c.threshold())).toList(),
                0, null);
    }

    private static Typed saved(ConsensusView view) {
        return new Typed(view.criteria().stream().map(ConsensusView.CriterionConsensus::criterion).toList(),
                view.criteria().stream().map(c -> c.score() == null ? "" : c.score().setScale(1).toPlainString()).toList(),
                view.criteria().stream().map(c -> c.comment() == null ? "" : c.comment()).toList());
    }


    private String user() {
        return identity.getPrincipal().getName();
    }
}
