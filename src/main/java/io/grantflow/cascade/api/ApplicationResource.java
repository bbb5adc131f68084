package io.grantflow.cascade.api;

import io.grantflow.cascade.application.ApplicationAward;
import io.grantflow.cascade.application.ApplicationFollowUp;
import io.grantflow.cascade.application.ApplicationQueries;
import io.grantflow.cascade.application.InKindSupport;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
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

import java.math.BigDecimal;
import java.util.List;

/** One application: read by the SME, the consortium, the host and officers; the user tasks of fstp-lump-sum. */
@Path("/api/applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cascade funding")
public class ApplicationResource {

    public record Decision(Boolean approve, BigDecimal score, String reason) {
    }

    public record Report(String report, String proof) {
    }

    public record Verification(Boolean accepted, String reason) {
    }

    public record ProviderNaming(Long provider) {
    }

    public record Delivery(Integer days) {
    }

    @Inject
    ApplicationQueries queries;

    @Inject
    ApplicationAward award;

    @Inject
    ApplicationFollowUp followUp;

    @Inject
    InKindSupport inKind;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.SME, Roles.APPLICANT, Roles.OFFICER})
    @Operation(summary = "Status, refusals, tranches and timeline")
    public ApplicationView get(@PathParam("id") String id) {
        return queries.get(id(id), user(), identity.hasRole(Roles.OFFICER));
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "The consortium's award decision on an evaluated call's application (with a score); "
            + "an open call evaluated by a panel is decided by its ranking instead (409 evaluated_by_panel)")
    @Problems(forbidden = {"not_consortium_member", "own_application"},
            conflict = {"application_not_under_review", "evaluated_by_panel"},
            unprocessable = "invalid_decision")
    public ApplicationView decide(@PathParam("id") String id, Decision decision) {
        Decision d = Requests.body(decision);
        if (d.approve() == null) {
            throw DomainException.ruleBroken("invalid_decision", "say whether the application is approved",
                    List.of(new Violation("approve", "required", "true or false")));
        }
        return award.decide(id(id), d.approve(), d.score(), d.reason(), user());
    }

    @POST
    @Path("report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SME)
    @Operation(operationId = "submitApplicationReport",
            summary = "The SME's report with proof (a reference to the evidence)")
    @Problems(conflict = {"report_not_expected", "visit_not_ended", "delivery_not_confirmed"},
            unprocessable = "invalid_report")
    public ApplicationView report(@PathParam("id") String id, Report report) {
        Report r = Requests.body(report);
        return followUp.report(id(id), r.report(), r.proof(), user());
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "verifyApplicationReport",
            summary = "The consortium verifies the report: accepted orders the balance; rejected once, the SME "
            + "may resubmit; rejected twice, the unpaid award is released")
    @Problems(forbidden = {"not_consortium_member", "own_application"},
            conflict = {"host_confirmation_required", "report_not_pending"},
            unprocessable = "invalid_verification")
    public ApplicationView verify(@PathParam("id") String id, Verification verification) {
        Verification v = Requests.body(verification);
        if (v.accepted() == null) {
            throw DomainException.ruleBroken("invalid_verification", "say whether the report is accepted",
                    List.of(new Violation("accepted", "required", "true or false")));
        }
        return followUp.verify(id(id), v.accepted(), v.reason(), user());
    }

    @POST
    @Path("host-confirmation")
    @RolesAllowed({Roles.APPLICANT, Roles.SME})
    @Operation(operationId = "confirmHostVisit",
            summary = "ClusterXchange: a member of the host cluster confirms the visit")
    @Problems(forbidden = "own_application", conflict = {"application_not_awarded", "visit_not_started"})
    public ApplicationView confirm(@PathParam("id") String id) {
        return followUp.confirmHost(id(id), user());
    }

    @POST
    @Path("withdraw")
    @RolesAllowed(Roles.SME)
    @Operation(summary = "The SME withdraws; what the award has not paid is released")
    @Problems(conflict = "application_ended")
    public ApplicationView withdraw(@PathParam("id") String id) {
        return followUp.withdraw(id(id), user());
    }

    @GET
    @Path("in-kind")
    @RolesAllowed({Roles.SME, Roles.APPLICANT, Roles.OFFICER})
    @Operation(operationId = "getInKindAward",
            summary = "In kind by days: the provider, days, value, delivery and payment to the provider")
    public InKindAwardView inKind(@PathParam("id") String id) {
        return inKind.get(id(id), user(), identity.hasRole(Roles.OFFICER));
    }

    @POST
    @Path("provider")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "assignInKindProvider",
            summary = "In kind by days: the consortium names the roster provider before deciding the application")
    @Problems(forbidden = {"not_consortium_member", "own_application"},
            conflict = {"application_not_under_review", "not_in_kind", "provider_capacity_exceeded"},
            unprocessable = "provider_not_on_roster")
    public InKindAwardView nameProvider(@PathParam("id") String id, ProviderNaming naming) {
        return inKind.nameProvider(id(id), Requests.body(naming).provider(), user());
    }

    @POST
    @Path("delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.SME})
    @Operation(operationId = "submitInKindDelivery",
            summary = "In kind by days: the provider (or the consortium) reports the days delivered")
    @Problems(forbidden = "not_the_provider", conflict = {"not_in_kind", "application_not_awarded", "delivery_confirmed"},
            unprocessable = "invalid_delivery")
    public InKindAwardView delivery(@PathParam("id") String id, Delivery delivery) {
        return inKind.reportDelivery(id(id), Requests.body(delivery).days(), user());
    }

    @POST
    @Path("delivery-confirmation")
    @RolesAllowed(Roles.SME)
    @Operation(operationId = "confirmInKindDelivery",
            summary = "In kind by days: the SME confirms the days delivered (its report; the consortium verifies it)")
    @Problems(conflict = {"not_in_kind", "delivery_not_reported", "report_not_expected"})
    public InKindAwardView confirmDelivery(@PathParam("id") String id) {
        return inKind.confirmDelivery(id(id), user());
    }

    private static Long id(String id) {
        return Requests.pathId(id, "application");
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
