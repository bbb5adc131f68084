package io.grantflow.budgets.api;

import io.grantflow.budgets.application.BudgetService;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.idempotency.IdempotentResponses;
import io.grantflow.shared.security.Roles;
import io.grantflow.grants.api.GrantBudgetView;
import io.grantflow.grants.application.GrantBudgets;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets")
@RolesAllowed(Roles.OFFICER)
public class BudgetResource {

    @Inject
    BudgetService budgets;

    @Inject
    SecurityIdentity identity;

    @Inject
    GrantBudgets grants;

    @GET
    @Path("reconciliation")
    @Operation(operationId = "reconcileLedger",
            summary = "Replays the whole ledger and compares every account's allocated, committed and paid "
            + "with the replay; balanced=false lists each difference")
    public io.grantflow.ledger.application.LedgerReplay.Reconciliation reconciliation() {
        return budgets.reconciliation();
    }

    @GET
    @Path("programmes/{code}")
    @Operation(operationId = "getProgrammeBudget",
            summary = "A programme's budget: allocated, committed (to calls), paid (below it), available; "
            + "children (its calls) paginated with page and size (default 100)")
    public BudgetView programme(@PathParam("code") String code, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return budgets.programme(code, children(page, size));
    }

    @GET
    @Path("calls/{identifier}")
    @Operation(operationId = "getCallBudget",
            summary = "A published call's budget with its cut-offs and commitments (children, paginated with "
            + "page and size, default 100)")
    public BudgetView call(@PathParam("identifier") String identifier, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        return budgets.call(identifier, children(page, size));
    }

    @GET
    @Path("accounts/{id}")
    @Operation(operationId = "getBudgetAccount",
            summary = "Any account of the budget tree (e.g. a commitment), its children paginated with page "
            + "and size (default 100)")
    public BudgetView account(@PathParam("id") String id, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        PageRequest children = children(page, size);
        return budgets.account(Requests.pathId(id, "account"), children);
    }

    /** The page of a budget's children; their default size is the maximum, as when they were shown whole. */
    private static PageRequest children(String page, String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, PageRequest.MAX_SIZE, v);
        v.throwIfAnyBadQuery();
        return request;
    }

    @GET
    @Path("grants")
    @Operation(operationId = "listGrantBudgets",
            summary = "Signed grants' budgets and SME shares; belowTrajectory=true: only those whose SME "
            + "commitments lag behind what the programme has paid")
    public io.grantflow.shared.api.Page<GrantBudgetView> grants(@jakarta.ws.rs.QueryParam("belowTrajectory")
                                                                 @Parameter(description = "true: only the grants below "
                                                                         + "their trajectory",
                                                                         schema = @Schema(type = SchemaType.BOOLEAN))
                                                                 String below,
                                                                 @jakarta.ws.rs.QueryParam("page") String page,
                                                                 @jakarta.ws.rs.QueryParam("size") String size) {
        io.grantflow.shared.problem.Violations v = new io.grantflow.shared.problem.Violations();
        io.grantflow.shared.api.PageRequest request = io.grantflow.shared.api.PageRequest.parse(page, size, v);
        Boolean onlyBelow = Requests.queryBoolean(below, "belowTrajectory", v);
        v.throwIfAnyBadQuery();
        return grants.budgets(Boolean.TRUE.equals(onlyBelow), request);
    }

    @GET
    @Path("grants/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "getGrantBudget",
            summary = "A grant's budget: its account, its FSTP envelope, and the planned and actual SME share "
            + "(officers; members of the grant's consortium for their own grant)")
    public GrantBudgetView grant(@PathParam("id") String id) {
        return grants.budget(Requests.pathId(id, "grant"), identity.getPrincipal().getName(),
                identity.hasRole(Roles.OFFICER));
    }

    @POST
    @Path("calls/{identifier}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCommitment",
            summary = "Commit part of a call's (or cut-off's) budget to a payee; needs an Idempotency-Key")
    @APIResponse(responseCode = "201", description = "The new COMMITMENT account",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))
    @Problems(unprocessable = {"insufficient_funds", "invalid_commitment"})
    public Response commit(@PathParam("identifier") String identifier, @HeaderParam(Idempotency.HEADER) String key,
                           CommitmentRequest request) {
        return IdempotentResponses.of(budgets.commit(identifier, Requests.body(request), key,
                identity.getPrincipal().getName()), "/api/budgets/accounts/", "account");
    }
}
