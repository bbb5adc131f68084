package io.grantflow.evaluation.api;

import io.grantflow.evaluation.application.Assignments;
import io.grantflow.evaluation.application.EvaluationFollowUp;
import io.grantflow.evaluation.application.ExpertPool;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import jakarta.ws.rs.QueryParam;
import io.grantflow.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A call's pool of experts and the assignment of its proposals (each under its own path). */
public final class CallEvaluationResources {

    private CallEvaluationResources() {
    }

    public record Pool(List<Long> experts) {
    }

    public record AssignmentRequest(Integer expertsPerProposal, Integer cutoff) {
    }

    private static PageRequest pageOf(String page, String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return request;
    }

    @Path("/api/calls/{identifier}/experts")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Evaluation")
    @RolesAllowed(Roles.OFFICER)
    public static class PoolResource {

        @Inject
        ExpertPool evaluation;

        @GET
        @Operation(operationId = "getExpertPool", summary = "The call's pool of experts")
        public Page<ExpertView> pool(@PathParam("identifier") String identifier,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
            return evaluation.poolOf(identifier, pageOf(page, size));
        }

        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "replaceExpertPool", summary = "Replace the call's pool of experts")
        @Problems(unprocessable = "invalid_pool")
        public Page<ExpertView> setPool(@PathParam("identifier") String identifier, Pool pool,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
            PageRequest request = pageOf(page, size);
            return evaluation.setPool(identifier, Requests.body(pool).experts(), request);
        }
    }

    @Path("/api/calls/{identifier}/assignments")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Evaluation")
    @RolesAllowed(Roles.OFFICER)
    public static class AssignmentResource {

        @Inject
        Assignments evaluation;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "assignExperts",
                summary = "Assign each eligible proposal (or each of one cut-off) to N experts of the pool "
                + "(default 3), never to an expert of a consortium organisation; fills only what is missing")
        @Problems(conflict = {"call_not_closed", "expert_pool_empty"}, unprocessable = "invalid_assignment")
        public AssignmentRun assign(@PathParam("identifier") String identifier, AssignmentRequest request) {
            AssignmentRequest r = request == null ? new AssignmentRequest(null, null) : request;
            return evaluation.assign(identifier, r.expertsPerProposal(), r.cutoff());
        }
    }

    @Path("/api/calls/{identifier}/evaluations")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Evaluation")
    @RolesAllowed(Roles.OFFICER)
    public static class ProgressResource {

        @Inject
        EvaluationFollowUp evaluation;

        @GET
        @Operation(operationId = "listEvaluations",
                summary = "The evaluations of the call's proposals: slots, experts, reminders and escalations "
                + "(overdue=true: only those past their due date); never the scores")
        public Page<EvaluationProgress> progress(@PathParam("identifier") String identifier,
                                                 @QueryParam("cutoff") String cutoff,
                                                 @QueryParam("overdue") @Parameter(description = "true: only the "
                                                         + "evaluations past their due date",
                                                         schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
            Violations v = new Violations();
            PageRequest request = PageRequest.parse(page, size, v);
            Integer batch = Requests.queryInt(cutoff, "cutoff", v);
            Boolean onlyOverdue = Requests.queryBoolean(overdue, "overdue", v);
            v.throwIfAnyBadQuery();
            return evaluation.progress(identifier, batch, onlyOverdue, request);
        }
    }
}
