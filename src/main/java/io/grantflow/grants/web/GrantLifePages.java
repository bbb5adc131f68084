package io.grantflow.grants.web;

import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.api.PeriodView;
import io.grantflow.grants.api.ReportDraft;
import io.grantflow.grants.api.ReportView;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.grants.application.GrantReporting;
import io.grantflow.grants.application.LifecycleDesk;
import io.grantflow.grants.application.LifecycleQueries;
import io.grantflow.grants.application.WorkPackages;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.web.GrantLifeModels.GrantPage;
import io.grantflow.grants.web.GrantLifeModels.PeriodPage;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A signed grant's life, for its consortium (members of its beneficiaries): its periods (what each settled), its
 * schedule and work packages, and each period's report written, submitted, corrected after a rejection, and the
 * officer's question answered. The same services as {@code /api/grants/{id}/reports} and
 * {@code /api/grants/{id}/work-packages}; they refuse what the person may not do (a member of another beneficiary
 * submitting: {@code not_a_coordinator_member}), and the page says so beside the form, every problem at once.
 */
@Path("/desk/grants/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class GrantLifePages {

    private static final Set<String> DONE = Set.of("saved", "submitted", "answered", "declared");

    @Inject
    GrantQueries grants;

    @Inject
    LifecycleQueries lifecycle;

    @Inject
    LifecycleDesk desk;

    @Inject
    GrantReporting reporting;

    @Inject
    WorkPackages workPackages;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("grants/life-grant.html")
    Template grantPage;

    @Inject
    @Location("grants/life-period.html")
    Template periodPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance grant(@PathParam("id") String id, @QueryParam("done") String done,
                                  @QueryParam("wp") String wp) {
        Long grant = Requests.pathId(id, "grant");
        return grantPage(grant, null, done != null && DONE.contains(done) ? done : null, number(wp), null);
    }

    @GET
    @Path("periods/{period}")
    @Operation(hidden = true)
    public TemplateInstance period(@PathParam("id") String id, @PathParam("period") String period,
                                   @QueryParam("done") String done) {
        return periodPage(Requests.pathId(id, "grant"), period(period), null, null, null,
                done != null && DONE.contains(done) ? done : null);
    }

    /**
     * Saves the draft ({@code action=save}) or saves and submits it ({@code action=submit}); refused: the form as
     * typed with every problem (the draft stays saved when only the submission was refused).
     */
    @POST
    @Path("periods/{period}/report")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response report(@PathParam("id") String id, @PathParam("period") String period,
                           @FormParam("technical") String technical, @FormParam("kpis") String kpis,
                           @FormParam("costOrganisation") List<String> organisations,
                           @FormParam("costCategory") List<String> categories,
                           @FormParam("costAmount") List<String> amounts, @FormParam("action") String action) {
        Long grant = Requests.pathId(id, "grant");
        int p = period(period);
        ReportForm form = ReportForm.sent(technical, kpis, organisations, categories, amounts);
        List<Violation> unread = new ArrayList<>();
        ReportDraft draft = form.draft(pages.site().locale(), unread);
        try {
            reporting.saveDraft(grant, p, draft, user());
            if (!unread.isEmpty()) { // what could be read is saved; what could not is said
                throw DomainException.ruleBroken("invalid_report", "some fields cannot be read", List.of());
            }
            if ("submit".equals(action)) {
                reporting.submit(grant, p, user());
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(),
                    periodPage(grant, p, form, Refused.of("report", e, unread, "report-form"), null, null));
        }
        return done("/desk/grants/" + grant + "/periods/" + p, "submit".equals(action) ? "submitted" : "saved");
    }

    @POST
    @Path("periods/{period}/answer")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response answer(@PathParam("id") String id, @PathParam("period") String period,
                           @FormParam("answer") String answer) {
        Long grant = Requests.pathId(id, "grant");
        int p = period(period);
        try {
            reporting.answer(grant, p, answer, user());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(),
                    periodPage(grant, p, null, Refused.of("answer", e, List.of(), "answer-form"), answer, null));
        }
        return done("/desk/grants/" + grant + "/periods/" + p, "answered");
    }

    @POST
    @Path("work-packages/{number}/declare")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response declare(@PathParam("id") String id, @PathParam("number") String number,
                            @FormParam("summary") String summary) {
        Long grant = Requests.pathId(id, "grant");
        Integer n = number(number);
        if (n == null) {
            throw DomainException.notFound("work package", number);
        }
        try {
            workPackages.declareCompleted(grant, n, summary, user());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), grantPage(grant,
                    Refused.of("wp-" + n, e, List.of(), "wp-" + n), null, n, summary));
        }
        return done("/desk/grants/" + grant + "?wp=" + n + "&", "declared");
    }

    private TemplateInstance grantPage(Long id, Refused refused, String done, Integer doneOf, String summary) {
        GrantView grant = grants.get(id, user(), false);
        return pages.render(grantPage.data("page", new GrantPage(grant, desk.actsForCoordinator(id, user()), refused,
                done, doneOf, summary)));
    }

    private TemplateInstance periodPage(Long id, int period, ReportForm typed, Refused refused, String answer,
                                        String done) {
        GrantView grant = grants.get(id, user(), false);
        PeriodView p = grant.reportingPeriods().stream().filter(x -> x.index() == period).findFirst()
                .orElseThrow(() -> DomainException.notFound("reporting period", id + "/" + period));
        List<ReportView> versions = lifecycle.versions(id, period, user(), false);
        ReportView latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        boolean writable = grant.status() == GrantStatus.SIGNED && (latest == null
                || latest.status() == ReportStatus.DRAFT || latest.status() == ReportStatus.REJECTED);
        ReportForm form = typed != null ? typed : latest == null ? ReportForm.blank() : ReportForm.of(latest);
        return pages.render(periodPage.data("page", new PeriodPage(grant, p, versions, latest,
                desk.actsForCoordinator(id, user()), writable, form, refused, done, answer)));
    }

    private static Response done(String page, String what) {
        return Response.seeOther(URI.create(page + (page.contains("?") ? "" : "?") + "done=" + what)).build();
    }

    private static int period(String period) {
        Integer p = number(period);
        if (p == null) {
            throw DomainException.notFound("reporting period", period);
        }
        return p;
    }

    private static Integer number(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n > 0 && n <= 1000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
