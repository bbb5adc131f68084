package io.grantflow.grants.api;

import io.grantflow.grants.application.GrantReporting;
import io.grantflow.grants.application.LifecycleQueries;
import io.grantflow.grants.application.ReportReview;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The periodic and final reports of a signed grant (docs/grants.md): the consortium writes and submits them, an
 * officer accepts, rejects or asks for information; accepting settles the period (interim payment, or closure).
 */
@Path("/api/grants/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grant reports and payments")
public class GrantReportResource {

    /** The body of reject: why (required, at most 2,000 characters). */
    public record Rejection(String reason) {
    }

    /** The body of request-information: the question (required, at most 2,000 characters). */
    public record Question(String question) {
    }

    /** The body of answer: the consortium's answer (required, at most 2,000 characters). */
    public record Answer(String answer) {
    }

    @Inject
    GrantReporting reporting;

    @Inject
    ReportReview review;

    @Inject
    LifecycleQueries queries;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "listGrantReports", summary = "The newest version of each period's report")
    public List<ReportView> list(@PathParam("id") String id) {
        return queries.latest(grant(id), user(), officer());
    }

    @GET
    @Path("{period}")
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "listGrantReportVersions",
            summary = "Every version of a period's report, oldest first (rejected versions stay as they were)")
    public List<ReportView> versions(@PathParam("id") String id, @PathParam("period") String period) {
        return queries.versions(grant(id), period(period), user(), officer());
    }

    @GET
    @Path("{period}/settlement")
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(operationId = "getGrantPeriodSettlement", summary = "The period's settlement; before the report is "
            + "accepted, what accepting it now would settle (preview), e.g. the final report's SME-share reduction")
    @Problems(conflict = "report_wrong_status")
    public SettlementView settlement(@PathParam("id") String id, @PathParam("period") String period) {
        return queries.settlementOf(grant(id), period(period), user(), officer());
    }

    @PUT
    @Path("{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "saveGrantReport", summary = "Write the period's draft (members of the beneficiaries); "
            + "after a rejection this starts a new version from the rejected one")
    @Problems(conflict = {"report_wrong_status", "grant_not_running"}, unprocessable = "invalid_report")
    public ReportView save(@PathParam("id") String id, @PathParam("period") String period, ReportDraft draft) {
        return reporting.saveDraft(grant(id), period(period), Requests.body(draft), user());
    }

    @POST
    @Path("{period}/submit")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "submitGrantReport", summary = "Submit the draft once the period is over (members of the "
            + "coordinator): the support paid to third parties comes from the ledger, the payment deadline starts")
    @Problems(forbidden = "not_a_coordinator_member",
            conflict = {"report_wrong_status", "grant_not_running", "period_not_ended"},
            unprocessable = "invalid_report")
    public ReportView submit(@PathParam("id") String id, @PathParam("period") String period) {
        return reporting.submit(grant(id), period(period), user());
    }

    @POST
    @Path("{period}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "answerGrantReportQuestion",
            summary = "Answer the officer's request for information: the payment deadline runs again")
    @Problems(forbidden = "not_a_coordinator_member", conflict = "report_wrong_status",
            unprocessable = "invalid_report")
    public ReportView answer(@PathParam("id") String id, @PathParam("period") String period, Answer answer) {
        return reporting.answer(grant(id), period(period), Requests.body(answer).answer(), user());
    }

    @POST
    @Path("{period}/accept")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "acceptGrantReport", summary = "Accept the submitted report: the period is settled now "
            + "(an interim payment order, or the final amount and the balance or a recovery), for a second officer "
            + "to approve")
    @Problems(conflict = {"report_wrong_status", "grant_not_running", "previous_report_not_accepted",
            "payments_pending", "work_packages_pending"},
            unprocessable = {"insufficient_funds", "invalid_payment"})
    public ReportView accept(@PathParam("id") String id, @PathParam("period") String period) {
        return review.accept(grant(id), period(period), user());
    }

    @POST
    @Path("{period}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "rejectGrantReport", summary = "Reject the submitted report with reasons: the "
            + "consortium corrects it in a new version")
    @Problems(conflict = "report_wrong_status", unprocessable = "invalid_decision")
    public ReportView reject(@PathParam("id") String id, @PathParam("period") String period, Rejection rejection) {
        return review.reject(grant(id), period(period), Requests.body(rejection).reason(), user());
    }

    @POST
    @Path("{period}/request-information")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "requestGrantReportInformation", summary = "Ask the consortium for information: the "
            + "payment deadline stops until it answers")
    @Problems(conflict = "report_wrong_status", unprocessable = "invalid_decision")
    public ReportView requestInformation(@PathParam("id") String id, @PathParam("period") String period,
                                         Question question) {
        return review.requestInformation(grant(id), period(period), Requests.body(question).question(), user());
    }

    static Long grant(String id) {
        return Requests.pathId(id, "grant");
    }

    static int period(String period) {
        Long p = Requests.pathId(period, "reporting period");
        return p > 1000 ? 0 : p.intValue();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private boolean officer() {
        return identity.hasRole(Roles.OFFICER);
    }
}
