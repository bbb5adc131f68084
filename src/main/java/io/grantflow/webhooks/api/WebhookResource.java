package io.grantflow.webhooks.api;

import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.webhooks.application.WebhookRegistration;
import io.grantflow.webhooks.application.WebhookRegistration.Caller;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Webhooks for integrators (docs/notifications.md#webhooks): officers own the programme's, members their organisations'. */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@Authenticated
public class WebhookResource {

    @Inject
    WebhookRegistration webhooks;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook",
            summary = "Register a webhook: an officer the programme's (no organisation: every event), a member an "
                    + "organisation's (the events that concern it). The answer alone shows the signing secret")
    @APIResponse(responseCode = "201", description = "The endpoint, with its signing secret (shown this once)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookView.class)))
    @Problems(forbidden = {"officers_only", "not_a_member"}, conflict = "too_many_webhooks",
            unprocessable = "invalid_webhook")
    public Response register(WebhookRequest request) {
        WebhookView view = webhooks.register(Requests.body(request), caller());
        return Response.created(URI.create("/api/webhooks/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listWebhooks",
            summary = "The caller's webhooks, newest first, paginated: officers the programme's, members their "
                    + "organisations' (without secrets)")
    public Page<WebhookView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.list(caller(), pageOf(page, size));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries",
            summary = "A webhook's deliveries, newest first, paginated: status, attempts, last answer or error, next attempt")
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") String id, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        return webhooks.deliveries(Requests.pathId(id, "webhook"), caller(), pageOf(page, size));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "disableWebhook",
            summary = "Disable a webhook (idempotent): it hears no more events and its undelivered messages are FAILED")
    public WebhookView disable(@PathParam("id") String id) {
        return webhooks.disable(Requests.pathId(id, "webhook"), caller());
    }

    private static PageRequest pageOf(String page, String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return request;
    }

    private Caller caller() {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.OFFICER));
    }
}
