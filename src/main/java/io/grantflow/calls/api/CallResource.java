package io.grantflow.calls.api;

import io.grantflow.calls.application.CallService;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Locale;

@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallResource {

    @Inject
    CallService calls;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(summary = "List calls", description = "Published calls for everybody; officers also see drafts. "
            + "Filters: status (DRAFT, FORTHCOMING, OPEN, CLOSED), programme (code), tag (value chain or activity), "
            + "text (in identifier, title, description). Paginated with page (from 1) and size (1-100).")
    public Page<CallSummary> list(@QueryParam("status") @Parameter(description = "Calls in this status "
                                          + "(case-insensitive)", schema = @Schema(implementation = CallStatus.class))
                                  String status,
                                  @QueryParam("programme") String programme,
                                  @QueryParam("tag") @Parameter(description = "Calls with this value chain or "
                                          + "activity (case-insensitive)", schema = @Schema(ref = TagSchema.NAME))
                                  String tag,
                                  @QueryParam("text") String text,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        CallStatus parsedStatus = Requests.queryEnum(status, CallStatus.class, "status", v);
        String parsedTag = parseTag(tag, v);
        PageRequest pageRequest = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return calls.list(new CallFilter(parsedStatus, blankToNull(programme), parsedTag,
                blankToNull(text)), pageRequest, isOfficer());
    }

    @GET
    @Path("{identifier}")
    @PermitAll
    @Operation(summary = "One call, with its rules, deadlines, status and lifecycle")
    public CallView get(@PathParam("identifier") String identifier) {
        return calls.get(identifier, isOfficer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Create a draft call")
    @APIResponse(responseCode = "201", description = "The draft call",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CallView.class)))
    @Problems(conflict = "call_identifier_taken", unprocessable = "invalid_call")
    public Response create(CallDefinition definition) {
        CallView view = calls.create(Requests.body(definition), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/calls/" + view.identifier())).entity(view).build();
    }

    @PUT
    @Path("{identifier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Replace the definition of a draft call")
    @Problems(conflict = "call_not_draft", unprocessable = "invalid_call")
    public CallView update(@PathParam("identifier") String identifier, CallDefinition definition) {
        return calls.update(identifier, Requests.body(definition));
    }

    @POST
    @Path("{identifier}/publish")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Publish a draft call and start its lifecycle process (idempotent)")
    @Problems(unprocessable = {"insufficient_funds", "invalid_call"})
    public CallView publish(@PathParam("identifier") String identifier) {
        return calls.publish(identifier);
    }

    private boolean isOfficer() {
        return !identity.isAnonymous() && identity.hasRole(Roles.OFFICER);
    }


    /** A value chain or activity (case-insensitive); another value is a 400 naming the allowed ones. */
    private static String parseTag(String tag, Violations v) {
        String t = blankToNull(tag);
        if (t == null) {
            return null;
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (!io.grantflow.calls.domain.Tags.isKnown(upper)) {
            v.add("tag", "invalid_query_parameter", io.grantflow.calls.domain.Tags.unknown(t));
            return null;
        }
        return upper;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
