package io.grantflow.cascade.web;

import io.grantflow.cascade.api.ApplicationAssignmentView;
import io.grantflow.cascade.application.PanelAssignments;
import io.grantflow.cascade.application.PanelScores;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
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

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluator's desk for applications to evaluated open calls (consortium members and invited experts): the list,
 * the conflict-of-interest declaration before the application opens, and the scoring form ("Save draft" and
 * "Submit", post-redirect-get). The same services as {@code /api/evaluator/application-assignments}:
 * {@link PanelScores}, {@link PanelAssignments#declare}.
 */
@Path("/desk/application-evaluations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EVALUATOR, Roles.APPLICANT})
public class PanelDeskPages {

    private static final int PAGE_SIZE = 20;

    /** One criterion's row of the scoring form: as saved, or as typed with its problems. */
    public record Row(int index, String criterion, BigDecimal weight, BigDecimal threshold, String score,
                      String comment, List<String> problems) {
    }

    /** Why the last act was refused. */
    public record Refusal(String code, List<Violation> violations) {
    }

    /** The score options, 0 to 5 in half points. */
    static final List<BigDecimal> SCORES = java.util.stream.IntStream.rangeClosed(0, 10)
            .mapToObj(i -> BigDecimal.valueOf(i, 0).divide(BigDecimal.valueOf(2)).setScale(1)).toList();

    @Inject
    PanelScores scores;

    @Inject
    PanelAssignments assignments;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("panel/evaluations.html")
    Template listPage;

    @Inject
    @Location("panel/evaluation.html")
    Template onePage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance mine(@QueryParam("page") String page, @QueryParam("declared") String declared) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        var mine = scores.mine(user(), v.isEmpty() ? request : PageRequest.first(PAGE_SIZE));
        return pages.render(listPage.data("assignments", mine.items())
                .data("paging", Paging.of(mine, "/desk/application-evaluations", Map.of()))
                .data("conflictDeclared", "conflict".equals(declared)));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance one(@PathParam("id") String id, @QueryParam("done") String done) {
        ApplicationAssignmentView a = scores.one(Requests.pathId(id, "assignment"), user());
        return page(a, rows(a, null, List.of()), null).data("done", done);
    }

    @POST
    @Path("{id}/declaration")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@PathParam("id") String id, @FormParam("conflict") String conflict,
                            @FormParam("reason") String reason) {
        Long assignment = Requests.pathId(id, "assignment");
        if (!"yes".equals(conflict) && !"no".equals(conflict)) {
            ApplicationAssignmentView a = scores.one(assignment, user());
            return Pages.respond(422, page(a, List.of(), new Refusal("invalid_declaration",
                    List.of(new Violation("conflict", "required", "yes or no")))));
        }
        try {
            assignments.declare(assignment, "yes".equals(conflict), reason == null || reason.isBlank() ? null
                    : reason.strip(), user());
        } catch (DomainException e) {
            if (!"already_declared".equals(e.code())) {
                throw e;
            }
        }
        return Response.seeOther(URI.create("yes".equals(conflict) ? "/desk/application-evaluations?declared=conflict"
                : "/desk/application-evaluations/" + assignment)).build();
    }

    @POST
    @Path("{id}/scores")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @FormParam("version") String version,
                         @FormParam("criterion") List<String> criteria, @FormParam("score") List<String> typedScores,
                         @FormParam("comment") List<String> comments, @FormParam("action") String action) {
        Long assignment = Requests.pathId(id, "assignment");
        List<Violation> unreadable = new ArrayList<>();
        List<ScoringPolicy.Entry> entries = entries(criteria, typedScores, comments, unreadable);
        try {
            if (!unreadable.isEmpty()) {
                throw DomainException.ruleBroken("invalid_scores", "the scores cannot be saved", unreadable);
            }
            scores.save(assignment, entries, number(version), user());
            if ("submit".equals(action)) {
                scores.submit(assignment, user());
                return Response.seeOther(URI.create("/desk/application-evaluations/" + assignment + "?done=submitted"))
                        .build();
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            ApplicationAssignmentView now = scores.one(assignment, user());
            return Pages.respond(ProblemMappers.toProblem(e).status(), page(now, rows(now, entries, e.violations()),
                    new Refusal(e.code(), e.violations())));
        }
        return Response.seeOther(URI.create("/desk/application-evaluations/" + assignment + "?done=saved")).build();
    }

    /** The typed rows of a scoring form (a draft's or a consensus'); a score that is not a number is added to {@code unreadable}. */
    static List<ScoringPolicy.Entry> entries(List<String> criteria, List<String> typedScores, List<String> comments,
                                             List<Violation> unreadable) {
        List<ScoringPolicy.Entry> entries = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            String s = i < typedScores.size() ? typedScores.get(i) : null;
            String c = i < comments.size() ? comments.get(i) : null;
            BigDecimal score = null;
            if (s != null && !s.isBlank()) {
                try {
                    score = new BigDecimal(s.strip());
                } catch (NumberFormatException e) {
                    unreadable.add(new Violation(criteria.get(i), "invalid_number", "not a score: " + s));
                }
            }
            entries.add(new ScoringPolicy.Entry(criteria.get(i), score, c == null || c.isBlank() ? null : c.strip()));
        }
        return entries;
    }

    private TemplateInstance page(ApplicationAssignmentView a, List<Row> rows, Refusal refusal) {
        boolean declared = a.status() != AssignmentStatus.ASSIGNED;
        return pages.render(onePage.data("assignment", a).data("declared", declared).data("rows", rows)
                .data("locked", a.status() == AssignmentStatus.SUBMITTED).data("refusal", refusal).data("done", null)
                .data("scoreOptions", SCORES));
    }

    /** The rows of the form: the typed entries where given (a refused save), else the saved scores. */
    private static List<Row> rows(ApplicationAssignmentView a, List<ScoringPolicy.Entry> typed, List<Violation> problems) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < a.criteria().size(); i++) {
            var c = a.criteria().get(i);
            String score = null;
            String comment = null;
            for (var s : a.scores()) {
                if (s.criterion().equals(c.name())) {
                    score = s.score() == null ? null : s.score().setScale(1).toPlainString();
                    comment = s.comment();
                }
            }
            if (typed != null && i < typed.size()) {
                score = typed.get(i).score() == null ? null : typed.get(i).score().toPlainString();
                comment = typed.get(i).comment();
            }
            int index = i;
            List<String> codes = problems.stream().filter(p -> p.field() != null && (p.field().equals(c.name())
                    || p.field().startsWith("scores[" + index + "]"))).map(Violation::code).toList();
            rows.add(new Row(i, c.name(), c.weight(), c.threshold(), score, comment == null ? "" : comment, codes));
        }
        return rows;
    }

    private static Integer number(String version) {
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return -1; // names no version that was ever saved: refused as outdated, never overwriting
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
