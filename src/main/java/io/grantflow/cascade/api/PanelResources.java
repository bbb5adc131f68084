package io.grantflow.cascade.api;

import io.grantflow.cascade.application.PanelAssignments;
import io.grantflow.cascade.application.PanelConsensus;
import io.grantflow.cascade.application.PanelDecision;
import io.grantflow.cascade.application.PanelPool;
import io.grantflow.cascade.application.PanelRanking;
import io.grantflow.cascade.application.PanelScores;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Evaluated open calls evaluated by a panel (docs/cascade.md, "Evaluated open calls"): the consortium's pool of
 * evaluators, the assignments, the ranking and its decision, the consensus; and the evaluator's workplace. Each
 * path has its own root class (a root resource would hide another class's sub-paths).
 */
public final class PanelResources {

    private PanelResources() {
    }

    /** Scores of a draft or a consensus; {@code version}: the draft version it replaces (drafts only). */
    public record Scores(List<ScoringPolicy.Entry> scores, Integer version) {

        List<ScoringPolicy.Entry> entries() {
            return scores == null ? List.of() : scores;
        }
    }

    public record Declaration(Boolean conflict, String reason) {
    }

    @Path("/api/open-calls/{id}/evaluators")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    @RolesAllowed(Roles.APPLICANT)
    public static class PoolResource {

        @Inject
        PanelPool pool;

        @Inject
        SecurityIdentity identity;

        @GET
        @Operation(operationId = "listOpenCallEvaluators", summary = "The open call's pool of evaluators (its consortium)")
        @Problems(forbidden = "not_consortium_member", conflict = "not_evaluated_by_panel")
        public List<PanelEvaluatorView> get(@PathParam("id") String id) {
            return pool.get(Requests.pathId(id, "open call"), identity.getPrincipal().getName());
        }

        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "replaceOpenCallEvaluators", summary = "Set the pool of evaluators: users of the "
                + "consortium's organisations or experts of the programme's pool, by username (replaces the pool; "
                + "evaluators holding assignments stay)")
        @Problems(forbidden = "not_consortium_member", conflict = "not_evaluated_by_panel",
                unprocessable = "invalid_evaluator_pool")
        public List<PanelEvaluatorView> set(@PathParam("id") String id, PanelPoolRequest request) {
            return pool.set(Requests.pathId(id, "open call"), Requests.body(request), identity.getPrincipal().getName());
        }
    }

    @Path("/api/open-calls/{id}/assignments")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    @RolesAllowed(Roles.APPLICANT)
    public static class AssignmentResource {

        @Inject
        PanelAssignments assignments;

        @Inject
        SecurityIdentity identity;

        @POST
        @Operation(operationId = "assignOpenCallEvaluators", summary = "Assign the applications awaiting the decision "
                + "to evaluators of the pool (never one of the applying organisation; lightest load first); fills "
                + "only empty slots, so running it again changes nothing")
        @Problems(forbidden = "not_consortium_member", conflict = {"not_evaluated_by_panel", "evaluator_pool_empty"})
        public PanelAssignmentRunView assign(@PathParam("id") String id) {
            return assignments.assign(Requests.pathId(id, "open call"), identity.getPrincipal().getName());
        }
    }

    @Path("/api/open-calls/{id}/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    @RolesAllowed(Roles.APPLICANT)
    public static class RankingResource {

        @Inject
        PanelRanking ranking;

        @Inject
        PanelDecision decision;

        @Inject
        SecurityIdentity identity;

        @GET
        @Operation(operationId = "getOpenCallRanking", summary = "The ranking of the applications awaiting the "
                + "decision, with the budget line, the reserve list, the rejections' reasons and the pending evaluations")
        @Problems(forbidden = "not_consortium_member", conflict = "not_evaluated_by_panel")
        public PanelRankingView get(@PathParam("id") String id) {
            return ranking.view(Requests.pathId(id, "open call"), identity.getPrincipal().getName());
        }

        @POST
        @Path("decision")
        @Operation(operationId = "decideOpenCallRanking", summary = "Decide by the ranking: the main list is awarded "
                + "(committed from the open call's budget), those below a threshold rejected with the reasons, the "
                + "reserve list kept; deciding again awards from the reserve list what the budget now allows")
        @Problems(forbidden = {"not_consortium_member", "own_application"},
                conflict = {"not_evaluated_by_panel", "evaluations_pending"})
        public PanelRankingView decide(@PathParam("id") String id) {
            return decision.decide(Requests.pathId(id, "open call"), identity.getPrincipal().getName());
        }
    }

    @Path("/api/applications/{id}/consensus")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    @RolesAllowed(Roles.APPLICANT)
    public static class ConsensusResource {

        @Inject
        PanelConsensus consensus;

        @Inject
        SecurityIdentity identity;

        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "saveApplicationConsensus", summary = "Open calls scored by CONSENSUS: record the "
                + "agreed score and comment per criterion once every evaluation is submitted")
        @Problems(forbidden = {"not_consortium_member", "own_application"},
                conflict = {"not_evaluated_by_panel", "not_scored_by_consensus", "application_not_under_review",
                        "evaluations_pending"},
                unprocessable = "invalid_consensus")
        public ApplicationConsensusView record(@PathParam("id") String id, Scores scores) {
            return consensus.record(Requests.pathId(id, "application"), Requests.body(scores).entries(),
                    identity.getPrincipal().getName());
        }
    }

    /** The evaluator's workplace for applications: only their own assignments (members and invited experts). */
    @Path("/api/evaluator/application-assignments")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    @RolesAllowed({Roles.EVALUATOR, Roles.APPLICANT})
    public static class EvaluatorResource {

        @Inject
        PanelScores scores;

        @Inject
        PanelAssignments assignments;

        @Inject
        SecurityIdentity identity;

        @GET
        @Operation(operationId = "listMyApplicationAssignments", summary = "My applications to evaluate, newest first")
        public Page<ApplicationAssignmentView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
            Violations v = new Violations();
            PageRequest request = PageRequest.parse(page, size, v);
            v.throwIfAnyBadQuery();
            return scores.mine(user(), request);
        }

        @GET
        @Path("{id}")
        @Operation(operationId = "getMyApplicationAssignment",
                summary = "One application to evaluate; its content only after the declaration on conflicts of interest")
        public ApplicationAssignmentView one(@PathParam("id") String id) {
            return scores.one(Requests.pathId(id, "assignment"), user());
        }

        @POST
        @Path("{id}/conflict-declaration")
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "declareApplicationConflict", summary = "Declare no conflict (and read the "
                + "application) or a conflict (removed; the next evaluator of the pool takes the slot over)")
        @Problems(conflict = "already_declared", unprocessable = "invalid_declaration")
        public ApplicationAssignmentView declare(@PathParam("id") String id, Declaration declaration) {
            Declaration d = Requests.body(declaration);
            if (d.conflict() == null) {
                throw DomainException.ruleBroken("invalid_declaration", "say whether there is a conflict",
                        List.of(new Violation("conflict", "required", "true or false")));
            }
            return assignments.declare(Requests.pathId(id, "assignment"), d.conflict(), d.reason(), user());
        }

        @PUT
        @Path("{id}/scores")
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "saveApplicationScores", summary = "Save a draft of my scores: given criteria are "
                + "replaced, others and omitted comments kept; a draft naming an older version is refused")
        @Problems(forbidden = "conflict_declaration_required", conflict = {"evaluation_submitted", "draft_outdated"},
                unprocessable = "invalid_scores")
        public ApplicationAssignmentView save(@PathParam("id") String id, Scores body) {
            Scores s = Requests.body(body);
            return scores.save(Requests.pathId(id, "assignment"), s.entries(), s.version(), user());
        }

        @POST
        @Path("{id}/submit")
        @Operation(operationId = "submitApplicationEvaluation",
                summary = "Submit my evaluation: every criterion scored and commented; then it is locked")
        @Problems(forbidden = "conflict_declaration_required",
                conflict = {"evaluation_submitted", "application_not_under_review"},
                unprocessable = "evaluation_incomplete")
        public ApplicationAssignmentView submit(@PathParam("id") String id) {
            return scores.submit(Requests.pathId(id, "assignment"), user());
        }

        private String user() {
            return identity.getPrincipal().getName();
        }
    }
}
