package io.grantflow.evaluation.api;

import io.grantflow.evaluation.application.AssignmentAccess;
import io.grantflow.evaluation.application.Assignments;
import io.grantflow.evaluation.application.Scoring;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The evaluator's workplace: only their own assignments. */
@Path("/api/evaluator/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Roles.EVALUATOR)
public class EvaluatorResource {

    public record Declaration(Boolean conflict, String reason) {
    }

    @Inject
    AssignmentAccess evaluation;

    @Inject
    Assignments assignments;

    @Inject
    Scoring scoring;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "listMyAssignments",
            summary = "My assignments (participants shown, content only after the declaration)")
    public Page<AssignmentView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return evaluation.myAssignments(user(), request);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMyAssignment",
            summary = "One of my assignments with the proposal; 403 until I declare on conflicts of interest")
    @Problems(forbidden = "conflict_declaration_required")
    public AssignmentView one(@PathParam("id") String id) {
        return evaluation.myAssignment(Requests.pathId(id, "assignment"), user());
    }

    @POST
    @Path("{id}/conflict-declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareConflictOfInterest",
            summary = "Declare no conflict (and read the proposal) or a conflict (removed, a replacement is assigned)")
    @Problems(conflict = "already_declared", unprocessable = "invalid_declaration")
    public AssignmentView declare(@PathParam("id") String id, Declaration declaration) {
        Declaration d = Requests.body(declaration);
        if (d.conflict() == null) {
            throw io.grantflow.shared.problem.DomainException.ruleBroken("invalid_declaration", "say whether there is a conflict",
                    List.of(new io.grantflow.shared.problem.Violation("conflict", "required", "true or false")));
        }
        return assignments.declare(Requests.pathId(id, "assignment"), d.conflict(), d.reason(), user());
    }

    /**
     * A draft of scores; {@code version}, when given, is the {@code draftVersion} it replaces: a newer draft saved
     * since (another tab, another device) is a 409 {@code draft_outdated}, never overwritten.
     */
    public record Scores(List<io.grantflow.evaluation.domain.ScoringPolicy.Entry> scores, Integer version) {
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a draft of my scores: given criteria are replaced, others and omitted comments kept")
    @Problems(forbidden = "conflict_declaration_required",
            conflict = {"evaluation_submitted", "proposal_withdrawn", "draft_outdated"}, unprocessable = "invalid_scores")
    public AssignmentView saveScores(@PathParam("id") String id, Scores scores) {
        Scores body = Requests.body(scores);
        List<io.grantflow.evaluation.domain.ScoringPolicy.Entry> entries = body.scores();
        return scoring.saveScores(Requests.pathId(id, "assignment"),
                entries == null ? List.of() : entries, body.version(), user());
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitEvaluation",
            summary = "Submit my evaluation: every criterion scored and commented; then it is locked")
    @Problems(forbidden = "conflict_declaration_required",
            conflict = {"evaluation_submitted", "proposal_withdrawn"},
            unprocessable = "evaluation_incomplete")
    public AssignmentView submit(@PathParam("id") String id) {
        return scoring.submitScores(Requests.pathId(id, "assignment"), user());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
