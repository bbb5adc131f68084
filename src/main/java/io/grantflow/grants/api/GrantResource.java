package io.grantflow.grants.api;

import io.grantflow.grants.application.GrantEndings;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.grants.application.GrantSignature;
import io.grantflow.grants.domain.GrantStatus;
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


/** Grants: read by officers and their consortium; signed or declined by the coordinator; terminated by an officer. */
@Path("/api/grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking and award")
public class GrantResource {

    /** The body of decline and terminate: why (optional, at most 500 characters). */
    public record Decision(String reason) {
    }

    /** The body of sign: the bank account every payment of the grant goes to. */
    public record Signature(String iban) {
    }

    @Inject
    GrantQueries grants;

    @Inject
    GrantSignature signatures;

    @Inject
    GrantEndings endings;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(summary = "Grants (officers: all; consortium members: their coordinator's), by call and status")
    public Page<GrantView> list(@QueryParam("call") String call,
                                @QueryParam("status") @Parameter(description = "Grants in this status "
                                        + "(case-insensitive)", schema = @Schema(implementation = GrantStatus.class))
                                String status,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        GrantStatus parsed = Requests.queryEnum(status, GrantStatus.class, "status", v);
        v.throwIfAnyBadQuery();
        return grants.list(call == null || call.isBlank() ? null : call.trim(), parsed, user(), officer(), request);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(summary = "A grant: beneficiaries, maximum contribution, FSTP envelope, SME share, payment schedule")
    public GrantView get(@PathParam("id") String id) {
        return grants.get(Requests.pathId(id, "grant"), user(), officer());
    }

    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "The coordinator signs: the pre-financing order (to this IBAN) goes to a second officer for "
            + "approval and the FSTP envelope opens; needs an Idempotency-Key")
    @APIResponse(responseCode = "200", description = "The grant, SIGNED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantView.class)))
    @Problems(forbidden = "not_a_coordinator_member",
            conflict = "grant_not_offered",
            unprocessable = {"insufficient_funds", "invalid_payment"})
    public Response sign(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                         Signature signature) {
        return IdempotentResponses.of(signatures.sign(Requests.pathId(id, "grant"), Requests.body(signature).iban(), key, user()),
                "/api/grants/", "id");
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "The coordinator declines the offer: the commitment is released and the first reserve-list "
            + "proposal that fits is offered a grant; needs an Idempotency-Key")
    @APIResponse(responseCode = "200", description = "The grant, DECLINED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantView.class)))
    @Problems(forbidden = "not_a_coordinator_member",
            conflict = "grant_not_offered",
            unprocessable = {"insufficient_funds", "invalid_decision"})
    public Response decline(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                            Decision decision) {
        return IdempotentResponses.of(endings.decline(Requests.pathId(id, "grant"),
                decision == null ? null : decision.reason(), key, user()), "/api/grants/", "id");
    }

    @POST
    @Path("{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Terminate a signed grant: what it has not paid is released and the reserve list moves up; "
            + "needs an Idempotency-Key")
    @APIResponse(responseCode = "200", description = "The grant, TERMINATED",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantView.class)))
    @Problems(conflict = {"grant_not_signed", "payments_pending"},
            unprocessable = {"insufficient_funds", "invalid_decision"})
    public Response terminate(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                              Decision decision) {
        return IdempotentResponses.of(endings.terminate(Requests.pathId(id, "grant"),
                decision == null ? null : decision.reason(), key, user()), "/api/grants/", "id");
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private boolean officer() {
        return identity.hasRole(Roles.OFFICER);
    }
}
