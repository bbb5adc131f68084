package io.grantflow.proposals.api;

import io.grantflow.proposals.application.ProposalAccess;
import io.grantflow.proposals.application.ProposalEligibility;
import io.grantflow.proposals.application.ProposalQueries;
import io.grantflow.proposals.application.ProposalSubmission;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
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


@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class ProposalResource {

    @Inject
    ProposalQueries proposals;

    @Inject
    ProposalSubmission submission;

    @Inject
    ProposalEligibility eligibility;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
    @Operation(summary = "Proposals: officers see all, applicants their consortia's; filter by call; paginated")
    public Page<ProposalView> list(@QueryParam("call") String call, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return proposals.list(call == null || call.isBlank() ? null : call.trim(), request, actor());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
    @Operation(summary = "One proposal with its computed amounts, status, process step and timeline")
    public ProposalView get(@PathParam("id") String id) {
        return proposals.get(id(id), actor());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Replace the content of a proposal (before its deadline)")
    @Problems(conflict = {"proposal_locked", "proposal_withdrawn"}, unprocessable = "invalid_proposal")
    public ProposalView update(@PathParam("id") String id, ProposalContent content) {
        return submission.update(id(id), Requests.body(content), actor());
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Submit (or resubmit) the proposal; 422 lists every eligibility problem")
    @Problems(forbidden = "not_a_coordinator_member",
            conflict = {"proposal_locked", "proposal_withdrawn"},
            unprocessable = "proposal_ineligible")
    public ProposalView submit(@PathParam("id") String id) {
        return submission.submit(id(id), actor());
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Withdraw the proposal; ends its process")
    @Problems(forbidden = "not_a_coordinator_member", conflict = "proposal_ranked")
    public ProposalView withdraw(@PathParam("id") String id) {
        return submission.withdraw(id(id), actor());
    }

    @GET
    @Path("{id}/eligibility")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
    @Operation(operationId = "getProposalEligibility", summary = "What submitting would say now, without submitting")
    public EligibilityReport eligibility(@PathParam("id") String id) {
        return eligibility.report(id(id), actor());
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
    @Operation(operationId = "listProposalVersions", summary = "The submitted versions of the proposal")
    public Page<VersionView> versions(@PathParam("id") String id, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return Page.slice(proposals.versions(id(id), actor()), request);
    }

    ProposalAccess.Actor actor() {
        return new ProposalAccess.Actor(identity.getPrincipal().getName(), identity.hasRole(Roles.OFFICER));
    }

    static Long id(String id) {
        return Requests.pathId(id, "proposal");
    }
}
