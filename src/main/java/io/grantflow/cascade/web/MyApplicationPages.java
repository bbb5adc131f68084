package io.grantflow.cascade.web;

import io.grantflow.cascade.api.ApplicationDetailView;
import io.grantflow.cascade.api.InKindAwardView;
import io.grantflow.cascade.api.MyApplicationView;
import io.grantflow.cascade.application.ApplicationFollowUp;
import io.grantflow.cascade.application.ApplicationQueries;
import io.grantflow.cascade.domain.ApplicantAction;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.text.TextLimits;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in person's applications ({@code /my/*} needs a sign-in): {@code /my/applications}, those of every
 * organisation they are a member of ({@link ApplicationQueries#mine}, as {@code GET /api/me/applications}), and
 * {@code /my/applications/{id}}, one application ({@link ApplicationQueries#detail}, read by the same people as
 * {@code GET /api/applications/{id}}) with its two forms: the report with proof and the withdrawal
 * ({@link ApplicationFollowUp}, as {@code POST /api/applications/{id}/report} and {@code …/withdraw}). A form
 * that succeeds redirects back to the page (303) with {@code ?done=}; one the rules refuse shows the page again
 * with the problem's status (409, 422), its plain words, its code and what was typed.
 */
@Path("/my/applications")
@Produces(MediaType.TEXT_HTML)
public class MyApplicationPages {

    /** Applications per page of the list. */
    static final int PAGE_SIZE = 10;

    /** The {@code ?done=} values: the form that just succeeded. */
    private static final Set<String> DONE = Set.of("reported", "withdrawn");

    /** The value of the withdrawal form's required checkbox. */
    static final String CONFIRMED = "yes";

    @Inject
    ApplicationQueries queries;

    @Inject
    ApplicationFollowUp followUp;

    @Inject
    io.grantflow.cascade.application.InKindSupport inKind;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("cascade/my-applications.html")
    Template list;

    @Inject
    @Location("cascade/my-application.html")
    Template detail;

    @GET
    @Authenticated
    public TemplateInstance list(@QueryParam("page") String page) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        if (!v.isEmpty()) {
            request = PageRequest.first(PAGE_SIZE);
        }
        Page<MyApplicationView> found = queries.mine(user(), request);
        return pages.render(list.data("listing", new MyApplicationListing(found.items(),
                Paging.of(found, "/my/applications", Map.of()), !v.isEmpty())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SME, Roles.APPLICANT, Roles.OFFICER})
    public TemplateInstance application(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id(id), done != null && DONE.contains(done) ? done : null, null, null, null);
    }

    @POST
    @Path("{id}/report")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @RolesAllowed(Roles.SME)
    public Response report(@PathParam("id") String id, @FormParam("report") String report,
                           @FormParam("proof") String proof) {
        Long application = id(id);
        try {
            followUp.report(application, report, proof, user());
        } catch (DomainException e) {
            return refused(application, new FormProblem(FormProblem.REPORT, e.code(), e.violations()), e, report, proof);
        }
        return done(application, "reported");
    }

    /** In kind by days: the SME confirms the days the provider reported; that is its report. */
    @POST
    @Path("{id}/delivery-confirmation")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @RolesAllowed(Roles.SME)
    public Response confirmDelivery(@PathParam("id") String id) {
        Long application = id(id);
        try {
            inKind.confirmDelivery(application, user());
        } catch (DomainException e) {
            return refused(application, new FormProblem(FormProblem.REPORT, e.code(), e.violations()), e, null, null);
        }
        return done(application, "reported");
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @RolesAllowed(Roles.SME)
    public Response withdraw(@PathParam("id") String id, @FormParam("confirm") String confirm) {
        Long application = id(id);
        try {
            if (!CONFIRMED.equals(confirm)) {
                throw DomainException.ruleBroken("withdrawal_not_confirmed", "tick the box to confirm the withdrawal",
                        List.of(new Violation("confirm", "required", "confirm is required")));
            }
            followUp.withdraw(application, user());
        } catch (DomainException e) {
            return refused(application, new FormProblem(FormProblem.WITHDRAW, e.code(), e.violations()), e, null, null);
        }
        return done(application, "withdrawn");
    }

    /** Post-redirect-get: back to the application's page, which says what was done. */
    private static Response done(Long application, String what) {
        return Response.seeOther(URI.create("/my/applications/" + application + "?done=" + what)).build();
    }

    /**
     * A form the rules refused: the page again, with the status the API would answer, the problem and what was
     * typed. An application the person may not see (or act on) is not a form problem: its error page follows.
     */
    private Response refused(Long application, FormProblem problem, DomainException e, String report, String proof) {
        if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN
                || e.kind() == DomainException.Kind.MALFORMED) {
            throw e;
        }
        return Response.status(ProblemMappers.toProblem(e).status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(application, null, problem, report, proof).render())
                .build();
    }

    private TemplateInstance page(Long application, String done, FormProblem problem, String report, String proof) {
        ApplicationDetailView view = queries.detail(application, user(), identity.hasRole(Roles.OFFICER));
        boolean sme = identity.hasRole(Roles.SME);
        InKindAwardView inKindAward = inKind.find(application).orElse(null);
        boolean reportForm = sme && inKindAward == null && (view.actions().contains(ApplicantAction.REPORT)
                || problem != null && problem.concerns(FormProblem.REPORT));
        boolean withdrawForm = sme && view.actions().contains(ApplicantAction.WITHDRAW);
        // in kind by days, the report is the SME's confirmation of the days the provider reported
        boolean confirmDelivery = sme && inKindAward != null && view.actions().contains(ApplicantAction.REPORT)
                && inKindAward.deliveredDays() != null && inKindAward.deliveryConfirmedAt() == null;
        return pages.render(detail.data("page", new MyApplicationPage(view, reportForm, withdrawForm, done, problem,
                report, proof, TextLimits.REPORT, TextLimits.PROOF)).data("inKind", inKindAward)
                .data("confirmDelivery", confirmDelivery));
    }

    /** A page address with something else than an id has no page: 404, like an unknown id. */
    private static Long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("application", id);
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
