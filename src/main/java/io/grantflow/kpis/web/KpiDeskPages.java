package io.grantflow.kpis.web;

import io.grantflow.calls.api.CallFilter;
import io.grantflow.calls.api.CallSummary;
import io.grantflow.calls.api.CallView;
import io.grantflow.calls.api.ProgrammeView;
import io.grantflow.calls.application.CallService;
import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.kpis.api.KpiReportView;
import io.grantflow.kpis.application.KpiService;
import io.grantflow.kpis.web.KpiDeskModels.CallDesk;
import io.grantflow.kpis.web.KpiDeskModels.GrantDesk;
import io.grantflow.kpis.web.KpiDeskModels.Indicators;
import io.grantflow.kpis.web.KpiDeskModels.Period;
import io.grantflow.kpis.web.KpiDeskModels.ProgrammeDesk;
import io.grantflow.kpis.web.KpiDeskModels.Refused;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
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
import jakarta.ws.rs.BeanParam;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KPI pages: the programme's indicators with their charts and links to its calls, a call's with links to its
 * signed grants, and a grant's (officers and the grant's consortium) with its reports per period and, for the
 * consortium, the report form ({@link KpiService#report}: every refusal beside its field, the form kept as typed).
 * The same {@link KpiService} as {@code /api/kpis} and {@code /api/grants/{id}/kpi-reports}.
 */
@Path("/desk/kpis")
@Produces(MediaType.TEXT_HTML)
public class KpiDeskPages {

    static final int PAGE_SIZE = 20;

    @Inject
    KpiService kpis;

    @Inject
    CallService calls;

    @Inject
    GrantQueries grants;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("kpis/programme.html")
    Template programmePage;

    @Inject
    @Location("kpis/call.html")
    Template callPage;

    @Inject
    @Location("kpis/grant.html")
    Template grantPage;

    /** The chosen programme's indicators ({@code ?programme=code}; the first programme by code without it). */
    @GET
    @RolesAllowed(Roles.OFFICER)
    @Operation(hidden = true)
    public TemplateInstance programme(@QueryParam("programme") String code) {
        List<ProgrammeView> all = calls.programmes();
        ProgrammeView chosen = code == null || code.isBlank() ? all.stream().findFirst().orElse(null)
                : calls.programme(code.strip());
        if (chosen == null) {
            return pages.render(programmePage.data("desk", new ProgrammeDesk(all, null, null, List.of())));
        }
        List<CallSummary> itsCalls = calls.list(new CallFilter(null, chosen.code(), null, null),
                PageRequest.first(PageRequest.MAX_SIZE), true).items();
        return pages.render(programmePage.data("desk", new ProgrammeDesk(all, chosen,
                Indicators.of(kpis.programme(chosen.code())), itsCalls)));
    }

    @GET
    @Path("calls/{identifier}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(hidden = true)
    public TemplateInstance call(@PathParam("identifier") String identifier, @QueryParam("page") String page) {
        Indicators indicators = Indicators.of(kpis.call(identifier));
        CallView call = calls.get(identifier, true);
        Page<GrantView> signed = grants.list(identifier, GrantStatus.SIGNED, user(), true, pageOf(page));
        return pages.render(callPage.data("desk", new CallDesk(call, indicators, signed.items(),
                Paging.of(signed, "/desk/kpis/calls/" + identifier, Map.of()))));
    }

    @GET
    @Path("grants/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    @Operation(hidden = true)
    public TemplateInstance grant(@PathParam("id") String id, @QueryParam("saved") String saved) {
        Long grant = Requests.pathId(id, "grant");
        return grantPage(grant, KpiReportForm.blank(), null, saved);
    }

    /** A report for a period ({@link KpiService#report}); back to the grant's page, or the form as typed with why not. */
    @POST
    @Path("grants/{id}/reports")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response report(@PathParam("id") String id, @BeanParam KpiReportFields fields) {
        Long grant = Requests.pathId(id, "grant");
        KpiReportForm form = fields.form();
        List<Violation> unread = new ArrayList<>();
        try {
            var request = form.request(unread);
            Long saved;
            try {
                saved = kpis.reportOnce(grant, request, user(), form.key());
            } catch (DomainException e) {
                if (!"idempotency_key_mismatch".equals(e.code())) {
                    throw e;
                }
                // this form saved a report, then was changed and sent again: that is the period's next version
                saved = kpis.reportOnce(grant, request, user(), java.util.UUID.randomUUID().toString());
            }
            return Response.seeOther(URI.create("/desk/kpis/grants/" + grant + "?saved=" + saved)).build();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            List<Violation> problems = new ArrayList<>(unread);
            List<Violation> refused = e.violationsOr("report-form");
            refused.stream().map(KpiDeskPages::onItsField)
                    .filter(v -> unread.stream().noneMatch(u -> u.field().equals(v.field())))
                    .forEach(problems::add);
            return Pages.respond(ProblemMappers.toProblem(e).status(),
                    grantPage(grant, form, new Refused(e.code(), problems), null));
        }
    }

    /** A violation of {@code indicators.CODE} is shown beside the field of that indicator, named by its code. */
    private static Violation onItsField(Violation v) {
        return v.field().startsWith("indicators.")
                ? new Violation(v.field().substring("indicators.".length()), v.code(), v.message()) : v;
    }

    private TemplateInstance grantPage(Long id, KpiReportForm form, Refused refused, String saved) {
        boolean officer = identity.hasRole(Roles.OFFICER);
        GrantView grant = grants.get(id, user(), officer);
        List<KpiReportView> reports = kpis.reports(id, user(), officer);
        Map<Integer, List<KpiReportView>> byPeriod = new TreeMap<>();
        reports.forEach(r -> byPeriod.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(r));
        List<Period> periods = byPeriod.entrySet().stream().map(e -> new Period(e.getKey(), e.getValue().stream()
                .sorted(Comparator.comparingInt(KpiReportView::version).reversed()).toList())).toList();
        KpiReportView justSaved = saved == null ? null
                : reports.stream().filter(r -> String.valueOf(r.id()).equals(saved)).findFirst().orElse(null);
        return pages.render(grantPage.data("desk", new GrantDesk(grant, Indicators.of(kpis.grant(id, user(), officer)),
                periods, identity.hasRole(Roles.APPLICANT), officer, form, refused, justSaved)));
    }

    /** An unreadable page number shows the first page, as the other listings do. */
    private static PageRequest pageOf(String page) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        return v.isEmpty() ? request : PageRequest.first(PAGE_SIZE);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
