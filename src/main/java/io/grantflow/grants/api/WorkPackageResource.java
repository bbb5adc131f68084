package io.grantflow.grants.api;

import io.grantflow.grants.application.LifecycleQueries;
import io.grantflow.grants.application.WorkPackages;
import io.grantflow.shared.api.Requests;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The work packages of a lump-sum grant: declared completed by the coordinator, accepted or rejected by an officer;
 * an accepted one is paid with the grant's next payment.
 */
@Path("/api/grants/{id}/work-packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grant reports and payments")
public class WorkPackageResource {

    /** The body of declare-completed: what was done and delivered (required, at most 2,000 characters). */
    public record Completion(String summary) {
    }

    /** The body of reject: why (required, at most 2,000 characters). */
    public record Rejection(String reason) {
    }

    @Inject
    WorkPackages workPackages;

    @Inject
    LifecycleQueries queries;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "listGrantWorkPackages", summary = "The grant's work packages (lump-sum grants)")
    public List<WorkPackageView> list(@PathParam("id") String id) {
        return queries.workPackages(GrantReportResource.grant(id), user(), identity.hasRole(Roles.OFFICER));
    }

    @POST
    @Path("{number}/declare-completed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "declareWorkPackageCompleted",
            summary = "Declare a work package completed (members of the coordinator), again after a rejection")
    @Problems(forbidden = "not_a_coordinator_member", conflict = {"work_package_wrong_status", "grant_not_running"},
            unprocessable = "invalid_work_package")
    public WorkPackageView declare(@PathParam("id") String id, @PathParam("number") String number,
                                   Completion completion) {
        return workPackages.declareCompleted(GrantReportResource.grant(id), number(number),
                Requests.body(completion).summary(), user());
    }

    @POST
    @Path("{number}/accept")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "acceptWorkPackage",
            summary = "Accept a declared work package: it is paid with the grant's next payment")
    @Problems(conflict = {"work_package_wrong_status", "grant_not_running"})
    public WorkPackageView accept(@PathParam("id") String id, @PathParam("number") String number) {
        return workPackages.accept(GrantReportResource.grant(id), number(number), user());
    }

    @POST
    @Path("{number}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "rejectWorkPackage",
            summary = "Reject a declared work package with reasons: it pays nothing until declared again and accepted")
    @Problems(conflict = {"work_package_wrong_status", "grant_not_running"}, unprocessable = "invalid_decision")
    public WorkPackageView reject(@PathParam("id") String id, @PathParam("number") String number,
                                  Rejection rejection) {
        return workPackages.reject(GrantReportResource.grant(id), number(number), Requests.body(rejection).reason(),
                user());
    }

    private static int number(String number) {
        Long n = Requests.pathId(number, "work package");
        return n > 1000 ? 0 : n.intValue();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
