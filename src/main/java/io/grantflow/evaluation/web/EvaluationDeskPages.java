package io.grantflow.evaluation.web;

import io.grantflow.evaluation.api.AssignmentView;
import io.grantflow.evaluation.application.AssignmentAccess;
import io.grantflow.evaluation.application.Assignments;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.evaluation.web.EvaluationDeskModels.Newer;
import io.grantflow.evaluation.web.EvaluationDeskModels.Refusal;
import io.grantflow.evaluation.web.EvaluationDeskModels.ScoringForm;
import io.grantflow.evaluation.web.EvaluationDeskModels.Typed;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluator's desk: my assignments, the conflict-of-interest declaration before a proposal opens, and the
 * scoring form (drafts saved as the expert types, by a small script, or with "Save draft" without one; an older
 * draft never overwrites a newer one: the service answers 409 {@code draft_outdated} and the page shows both). The
 * same services as {@code /api/evaluator/assignments}: {@link AssignmentAccess}, {@link Assignments#declare},
 * {@link io.grantflow.evaluation.application.Scoring}.
 */
@Path("/desk/evaluations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EVALUATOR)
public class EvaluationDeskPages {

    private static final int PAGE_SIZE = 20;

    @Inject
    AssignmentAccess access;

    @Inject
    Assignments assignments;

    @Inject
    io.grantflow.evaluation.application.Scoring scoring;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("evaluation/assignments.html")
    Template listPage;

    @Inject
    @Location("evaluation/assignment.html")
    Template assignmentPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance mine(@QueryParam("page") String page, @QueryParam("declared") String declared) {
        io.grantflow.shared.problem.Violations v = new io.grantflow.shared.problem.Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        var mine = access.myAssignments(user(), v.isEmpty() ? request : PageRequest.first(PAGE_SIZE));
        return pages.render(listPage.data("assignments", mine.items())
                .data("paging", Paging.of(mine, "/desk/evaluations", Map.of()))
                .data("conflictDeclared", "conflict".equals(declared)));
    }

    /** Before the declaration: the participants and the declaration form; afterwards the proposal and the scores. */
    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance one(@PathParam("id") String id, @QueryParam("done") String done) {
        Long assignment = Requests.pathId(id, "assignment");
        AssignmentView summary = access.myAssignmentSummary(assignment, user());
        if (summary.status() == AssignmentStatus.ASSIGNED) {
            return declarationPage(summary, null);
        }
        AssignmentView a = access.myAssignment(assignment, user());
        return scoringPage(a, EvaluationDeskModels.saved(a.scores()), List.of(), null, null).data("done", done);
    }

    @POST
    @Path("{id}/declaration")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response declare(@PathParam("id") String id, @FormParam("conflict") String conflict,
                            @FormParam("reason") String reason) {
        Long assignment = Requests.pathId(id, "assignment");
        if (!"yes".equals(conflict) && !"no".equals(conflict)) {
            return Pages.respond(422, declarationPage(access.myAssignmentSummary(assignment, user()),
                    new Refusal("invalid_declaration", List.of(new Violation("conflict", "required", "yes or no")))));
        }
        try {
            assignments.declare(assignment, "yes".equals(conflict), reason == null || reason.isBlank() ? null
                    : reason.strip(), user());
        } catch (DomainException e) {
            if (!"already_declared".equals(e.code())) {
                throw e;
            }
        }
        return Response.seeOther(URI.create("yes".equals(conflict) ? "/desk/evaluations?declared=conflict"
                : "/desk/evaluations/" + assignment)).build();
    }

    /** "Save draft" or "Submit" without a script: the page again (post-redirect-get), or why not with the form as typed. */
    @POST
    @Path("{id}/scores")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response scores(@PathParam("id") String id, @FormParam("version") String version,
                           @FormParam("criterion") List<String> criteria, @FormParam("score") List<String> scores,
                           @FormParam("comment") List<String> comments, @FormParam("action") String action) {
        Long assignment = Requests.pathId(id, "assignment");
        Typed typed = new Typed(criteria, scores, comments);
        AssignmentAccess.Sheet sheet = access.sheet(assignment, user());
        List<Violation> unreadable = new ArrayList<>();
        List<ScoringPolicy.Entry> entries = typed.entries(sheet, unreadable);
        if (!unreadable.isEmpty()) {
            return Pages.respond(422, scoringPage(access.myAssignment(assignment, user()), typed, unreadable,
                    new Refusal("invalid_scores", unreadable), null));
        }
        try {
            scoring.saveScores(assignment, entries, number(version), user());
            if ("submit".equals(action)) {
                scoring.submitScores(assignment, user());
                return Response.seeOther(URI.create("/desk/evaluations/" + assignment + "?done=submitted")).build();
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            AssignmentView now = access.myAssignment(assignment, user());
            Newer newer = "draft_outdated".equals(e.code()) ? new Newer(now.draftVersion(), now.savedAt()) : null;
            return Pages.respond(ProblemMappers.toProblem(e).status(), scoringPage(now, typed, e.violations(),
                    new Refusal(e.code(), e.violations()), newer));
        }
        return Response.seeOther(URI.create("/desk/evaluations/" + assignment + "?done=saved")).build();
    }

    /**
     * The script's autosave: the same save as "Save draft", answered in JSON ({@code version}, {@code savedAt}); a
     * newer draft saved meanwhile is a 409 {@code draft_outdated} (the script then sends the form, and the page shows
     * both). Without a session the sign-in answers instead, and the script keeps the text on the device.
     */
    @POST
    @Path("{id}/draft")
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response draft(@PathParam("id") String id, @FormParam("version") String version,
                          @FormParam("criterion") List<String> criteria, @FormParam("score") List<String> scores,
                          @FormParam("comment") List<String> comments) {
        Long assignment = Requests.pathId(id, "assignment");
        List<Violation> unreadable = new ArrayList<>();
        List<ScoringPolicy.Entry> entries = new Typed(criteria, scores, comments)
                .entries(access.sheet(assignment, user()), unreadable);
        Map<String, Object> body = new LinkedHashMap<>();
        java.util.Locale locale = pages.site().locale();
        EvaluationDeskMessages texts = io.grantflow.shared.web.Bundles.in(EvaluationDeskMessages.class, locale);
        try {
            if (!unreadable.isEmpty()) {
                throw DomainException.ruleBroken("invalid_scores", "the scores cannot be saved", unreadable);
            }
            AssignmentView saved = scoring.saveScores(assignment, entries, number(version), user());
            body.put("version", saved.draftVersion());
            body.put("savedAt", saved.savedAt().toString());
            body.put("message", texts.savedAt(io.grantflow.shared.web.Formats.brusselsDateTime(saved.savedAt(), locale),
                    saved.draftVersion()));
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            body.put("code", e.code());
            body.put("detail", e.getMessage());
            body.put("message", texts.problem(e.code()));
            return Response.status(ProblemMappers.toProblem(e).status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body).build();
        }
    }

    private TemplateInstance declarationPage(AssignmentView a, Refusal refusal) {
        return pages.render(assignmentPage.data("assignment", a).data("scoring", null).data("refusal", refusal)
                .data("done", null));
    }

    private TemplateInstance scoringPage(AssignmentView a, Typed typed, List<Violation> violations, Refusal refusal,
                                         Newer newer) {
        AssignmentAccess.Sheet sheet = access.sheet(a.id(), user());
        ScoringForm page = new ScoringForm(a, sheet, EvaluationDeskModels.rows(sheet, typed, violations,
                newer == null ? null : a.scores()), a.draftVersion(), refusal, newer,
                a.status() == AssignmentStatus.SUBMITTED);
        return pages.render(assignmentPage.data("assignment", a).data("scoring", page).data("refusal", refusal)
                .data("done", null).data("scoreOptions", EvaluationDeskModels.SCORES));
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
