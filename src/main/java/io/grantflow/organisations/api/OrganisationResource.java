package io.grantflow.organisations.api;

import io.grantflow.organisations.application.MembershipService;
import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;


@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@Authenticated
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    MembershipService memberships;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation; the caller becomes a member. The SME category is computed.")
    @APIResponse(responseCode = "201", description = "The organisation; the caller is a member",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationView.class)))
    @Problems(conflict = "organisation_pic_taken", unprocessable = "invalid_organisation")
    public Response register(OrganisationDefinition definition) {
        OrganisationView view = organisations.register(Requests.body(definition), user());
        return Response.created(URI.create("/api/organisations/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "findOrganisationsByPic",
            summary = "Find organisations by participant code (pic); members' and officers' views include figures")
    public java.util.List<OrganisationView> find(@jakarta.ws.rs.QueryParam("pic") String pic) {
        if (pic == null || pic.isBlank()) {
            throw DomainException.malformed("invalid_query_parameter", "give the pic to look up",
                    java.util.List.of(new io.grantflow.shared.problem.Violation("pic", "invalid_query_parameter",
                            "pic is required")));
        }
        return organisations.byPic(pic.trim(), user(), identity.hasRole(Roles.OFFICER));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation; figures and SME assessment for its members and officers only")
    public OrganisationView get(@PathParam("id") String id) {
        return organisations.get(Requests.pathId(id, "organisation"), user(), identity.hasRole(Roles.OFFICER));
    }

    @POST
    @Path("{id}/validation")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "An officer validates the organisation's type and PIC (idempotent); until then rules that "
            + "need its type do not count it (organisation_not_validated)")
    @Problems(forbidden = "own_organisation")
    public OrganisationView validate(@PathParam("id") String id) {
        return organisations.validate(Requests.pathId(id, "organisation"), user());
    }

    @POST
    @Path("{id}/membership-requests")
    @Operation(operationId = "requestMembership",
            summary = "Ask to join the organisation; a member or an officer approves. 201, or 200 with the "
            + "request already pending")
    @APIResponse(responseCode = "201", description = "The new request, PENDING",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipRequestView.class)))
    @APIResponse(responseCode = "200", description = "The caller's pending request, unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipRequestView.class)))
    @Problems(conflict = {"already_a_member", "membership_request_pending"})
    public Response askToJoin(@PathParam("id") String id) {
        Long organisation = Requests.pathId(id, "organisation");
        MembershipService.Asked asked = memberships.ask(organisation, user());
        if (!asked.created()) {
            return Response.ok(asked.request()).build();
        }
        return Response.created(URI.create("/api/organisations/" + organisation + "/membership-requests/"
                + asked.request().id())).entity(asked.request()).build();
    }

    @GET
    @Path("{id}/membership-requests")
    @Operation(operationId = "listMembershipRequests",
            summary = "Requests to join the organisation (oldest first, paginated), for its members and officers")
    @Problems(forbidden = "not_a_member")
    public Page<MembershipRequestView> membershipRequests(@PathParam("id") String id, @QueryParam("page") String page,
                                                          @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return memberships.requests(Requests.pathId(id, "organisation"), user(), identity.hasRole(Roles.OFFICER), request);
    }

    @POST
    @Path("{id}/membership-requests/{request}/approve")
    @Operation(operationId = "approveMembershipRequest",
            summary = "A member or an officer (not the requester) approves: the requester becomes a member")
    @Problems(forbidden = {"not_a_member", "own_membership_request"}, conflict = "membership_request_decided")
    public MembershipRequestView approve(@PathParam("id") String id, @PathParam("request") String request) {
        return memberships.approve(Requests.pathId(id, "organisation"), Requests.pathId(request, "membership request"),
                user(), identity.hasRole(Roles.OFFICER));
    }

    @POST
    @Path("{id}/membership-requests/{request}/reject")
    @Operation(operationId = "rejectMembershipRequest",
            summary = "A member or an officer (not the requester) rejects the request")
    @Problems(forbidden = {"not_a_member", "own_membership_request"}, conflict = "membership_request_decided")
    public MembershipRequestView reject(@PathParam("id") String id, @PathParam("request") String request) {
        return memberships.reject(Requests.pathId(id, "organisation"), Requests.pathId(request, "membership request"),
                user(), identity.hasRole(Roles.OFFICER));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

}
