package io.grantflow.payments.api;

import io.grantflow.payments.application.PaymentDecisions;
import io.grantflow.payments.application.PaymentOrdering;
import io.grantflow.payments.application.PaymentQueries;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.idempotency.IdempotentResponses;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Programme payments to consortia: initiated and decided by two different officers. */
@Path("/api/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@RolesAllowed(Roles.OFFICER)
public class PaymentResource {

    public record Decision(String reason) {
    }

    public record Batch(List<Long> orders) {
    }

    @Inject
    PaymentOrdering ordering;

    @Inject
    PaymentDecisions decisions;

    @Inject
    PaymentQueries queries;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPaymentOrder",
            summary = "Create a payment order out of a legal commitment that is not a grant's or an SME's award "
            + "(those are ordered by their schedule and processes); needs an Idempotency-Key; it waits for a "
            + "second officer's approval")
    @APIResponse(responseCode = "201", description = "The order, PENDING_APPROVAL",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
    @Problems(conflict = {"account_paid_by_process", "payment_not_scheduled"}, unprocessable = "invalid_payment")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, PaymentRequest request) {
        return IdempotentResponses.of(ordering.create(Requests.body(request), key, user()), "/api/payments/", "id");
    }

    @GET
    @Operation(operationId = "listPaymentOrders",
            summary = "Payment orders, filtered by account and status; each with its process state")
    public Page<PaymentView> list(@QueryParam("account") String account,
                                  @QueryParam("status") @Parameter(description = "Orders in this status "
                                          + "(case-insensitive)",
                                          schema = @Schema(implementation = PaymentStatus.class))
                                  String status,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        Long accountId = null;
        if (account != null && !account.isBlank()) {
            try {
                accountId = Long.parseLong(account.trim());
            } catch (NumberFormatException e) {
                v.add("account", "invalid_query_parameter", "account is a number");
            }
        }
        PaymentStatus parsed = Requests.queryEnum(status, PaymentStatus.class, "status", v);
        v.throwIfAnyBadQuery();
        return queries.list(accountId, parsed, request);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "getPaymentOrder",
            summary = "One order (officers; consortium members for orders paid out of their grant's envelope)")
    public PaymentView get(@PathParam("id") String id) {
        return queries.get(id(id), user(), officer());
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "approvePaymentOrder",
            summary = "Approve an order (a second person of the paying side: another officer for programme "
            + "payments, another consortium member for payments to third parties); the process then pays it")
    @Problems(forbidden = {"four_eyes", "not_paying_side", "own_application"},
            conflict = "payment_not_pending",
            unprocessable = "invalid_batch")
    public PaymentView approve(@PathParam("id") String id) {
        return decisions.approve(id(id), user(), officer());
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "rejectPaymentOrder",
            summary = "Reject an order (a second person of the paying side, not its initiator)")
    @Problems(forbidden = {"four_eyes", "not_paying_side", "own_application"},
            conflict = "payment_not_pending",
            unprocessable = {"invalid_batch", "invalid_decision"})
    public PaymentView reject(@PathParam("id") String id, Decision decision) {
        return decisions.reject(id(id), decision == null ? null : decision.reason(), user(), officer());
    }

    @POST
    @Path("approve-batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "approvePaymentOrders",
            summary = "Approve many orders at once: all or none, none initiated by the approver, all of the "
            + "approver's side")
    @Problems(forbidden = {"four_eyes", "not_paying_side", "own_application"},
            conflict = "payment_not_pending",
            unprocessable = "invalid_batch")
    public List<PaymentView> approveBatch(Batch batch) {
        return decisions.approveBatch(Requests.body(batch).orders(), user(), officer());
    }

    private boolean officer() {
        return identity.hasRole(Roles.OFFICER);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static Long id(String id) {
        return Requests.pathId(id, "payment order");
    }
}
