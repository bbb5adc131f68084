package io.grantflow.grants.web;

import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.api.PeriodView;
import io.grantflow.grants.api.ReportView;
import io.grantflow.grants.api.WorkPackageView;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.grants.application.LifecycleDesk;
import io.grantflow.grants.application.LifecycleDesk.WaitingReport;
import io.grantflow.grants.application.LifecycleQueries;
import io.grantflow.grants.application.ReportReview;
import io.grantflow.grants.application.WorkPackages;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.web.GrantLifeModels.ReportFigures;
import io.grantflow.grants.web.GrantLifeModels.ReviewDesk;
import io.grantflow.grants.web.GrantLifeModels.ReviewPage;
import io.grantflow.grants.web.GrantLifeModels.WorkPackagePage;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The officers' review desk of grants' lives: the reports waiting for a decision (oldest first), the overdue
 * periods and the work packages declared completed; one report with its figures (costs by beneficiary and
 * category, the support paid to third parties in the period from the ledger, the contribution asked) and the
 * decisions (accept, reject with reasons, request information), one work package (accept, reject with reasons).
 * The same services as the API ({@link ReportReview}, {@link WorkPackages}); accepting settles the period, and the
 * page then shows what it settled: the payment order, for a second officer on {@code /desk/payments}.
 */
@Path("/desk/grant-reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class GrantReviewPages {

    static final int PAGE_SIZE = 20;
    static final int OVERDUE_SHOWN = 50;
    private static final Set<String> DONE = Set.of("accepted", "rejected", "questioned");

    @Inject
    LifecycleDesk desk;

    @Inject
    GrantQueries grants;

    @Inject
    LifecycleQueries lifecycle;

    @Inject
    ReportReview review;

    @Inject
    WorkPackages workPackages;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("grants/review-desk.html")
    Template deskPage;

    @Inject
    @Location("grants/review-report.html")
    Template reportPage;

    @Inject
    @Location("grants/review-work-package.html")
    Template workPackagePage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance waiting(@QueryParam("page") String pageNumber) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(pageNumber, String.valueOf(PAGE_SIZE), v);
        if (!v.isEmpty()) {
            request = PageRequest.first(PAGE_SIZE);
        }
        Page<WaitingReport> found = desk.reportsToReview(request);
        return pages.render(deskPage.data("desk", new ReviewDesk(found.items(),
                Paging.of(found, "/desk/grant-reports", Map.of()), desk.overdue(OVERDUE_SHOWN),
                desk.declaredWorkPackages(PAGE_SIZE))));
    }

    @GET
    @Path("{grant}/periods/{period}")
    @Operation(hidden = true)
    public TemplateInstance report(@PathParam("grant") String grant, @PathParam("period") String period,
                                   @QueryParam("done") String done) {
        return reportPage(Requests.pathId(grant, "grant"), number(period, "reporting period"), null,
                done != null && DONE.contains(done) ? done : null, null, null);
    }

    @POST
    @Path("{grant}/periods/{period}/accept")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response accept(@PathParam("grant") String grant, @PathParam("period") String period) {
        Long g = Requests.pathId(grant, "grant");
        int p = number(period, "reporting period");
        return decide(() -> review.accept(g, p, user()), "accepted", g, p, "accept", null, null);
    }

    @POST
    @Path("{grant}/periods/{period}/reject")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response reject(@PathParam("grant") String grant, @PathParam("period") String period,
                           @FormParam("reason") String reason) {
        Long g = Requests.pathId(grant, "grant");
        int p = number(period, "reporting period");
        return decide(() -> review.reject(g, p, reason, user()), "rejected", g, p, "reject", reason, null);
    }

    @POST
    @Path("{grant}/periods/{period}/request-information")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response requestInformation(@PathParam("grant") String grant, @PathParam("period") String period,
                                       @FormParam("question") String question) {
        Long g = Requests.pathId(grant, "grant");
        int p = number(period, "reporting period");
        return decide(() -> review.requestInformation(g, p, question, user()), "questioned", g, p, "question",
                null, question);
    }

    private Response decide(Supplier<ReportView> act, String done, Long grant, int period, String form,
                            String reason, String question) {
        try {
            act.get();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), reportPage(grant, period,
                    Refused.of(form, e, List.of(), form + "-form"), null, reason, question));
        }
        return Response.seeOther(URI.create("/desk/grant-reports/" + grant + "/periods/" + period + "?done="
                + done)).build();
    }

    @GET
    @Path("{grant}/work-packages/{number}")
    @Operation(hidden = true)
    public TemplateInstance workPackage(@PathParam("grant") String grant, @PathParam("number") String number,
                                        @QueryParam("done") String done) {
        return workPackagePage(Requests.pathId(grant, "grant"), number(number, "work package"), null,
                done != null && DONE.contains(done) ? done : null, null);
    }

    @POST
    @Path("{grant}/work-packages/{number}/accept")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response acceptWorkPackage(@PathParam("grant") String grant, @PathParam("number") String number) {
        Long g = Requests.pathId(grant, "grant");
        int n = number(number, "work package");
        return decideWorkPackage(() -> workPackages.accept(g, n, user()), "accepted", g, n, "accept", null);
    }

    @POST
    @Path("{grant}/work-packages/{number}/reject")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response rejectWorkPackage(@PathParam("grant") String grant, @PathParam("number") String number,
                                      @FormParam("reason") String reason) {
        Long g = Requests.pathId(grant, "grant");
        int n = number(number, "work package");
        return decideWorkPackage(() -> workPackages.reject(g, n, reason, user()), "rejected", g, n, "reject",
                reason);
    }

    private Response decideWorkPackage(Supplier<WorkPackageView> act, String done, Long grant, int number,
                                       String form, String reason) {
        try {
            act.get();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), workPackagePage(grant, number,
                    Refused.of(form, e, List.of(), form + "-form"), null, reason));
        }
        return Response.seeOther(URI.create("/desk/grant-reports/" + grant + "/work-packages/" + number + "?done="
                + done)).build();
    }

    private TemplateInstance reportPage(Long id, int period, Refused refused, String done, String reason,
                                        String question) {
        GrantView grant = grants.get(id, user(), true);
        PeriodView p = grant.reportingPeriods().stream().filter(x -> x.index() == period).findFirst()
                .orElseThrow(() -> DomainException.notFound("reporting period", id + "/" + period));
        List<ReportView> versions = lifecycle.versions(id, period, user(), true);
        List<ReportView> sent = versions.stream().filter(r -> r.status() != ReportStatus.DRAFT).toList();
        ReportView report = sent.isEmpty() ? null : sent.get(sent.size() - 1);
        boolean correcting = !versions.isEmpty() && versions.get(versions.size() - 1).status() == ReportStatus.DRAFT
                && report != null;
        return pages.render(reportPage.data("page", new ReviewPage(grant, p, report,
                report == null ? null : ReportFigures.of(report, grant),
                earlier(sent), correcting, refused, done,
                reason, question)));
    }

    /** The versions sent before the newest, newest first. */
    private static List<ReportView> earlier(List<ReportView> sent) {
        List<ReportView> out = new java.util.ArrayList<>(sent.subList(0, Math.max(sent.size() - 1, 0)));
        java.util.Collections.reverse(out);
        return out;
    }

    private TemplateInstance workPackagePage(Long id, int number, Refused refused, String done, String reason) {
        GrantView grant = grants.get(id, user(), true);
        WorkPackageView wp = grant.workPackages().stream().filter(w -> w.number() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("work package", id + "/" + number));
        return pages.render(workPackagePage.data("page", new WorkPackagePage(grant, wp, refused, done, reason)));
    }

    private static int number(String text, String what) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n > 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw DomainException.notFound(what, text);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
