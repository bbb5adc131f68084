package io.grantflow.cascade.web;

import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.application.ApplicationAward;
import io.grantflow.cascade.application.ApplicationFollowUp;
import io.grantflow.cascade.application.ApplicationQueries;
import io.grantflow.cascade.application.OpenCallCutoffs;
import io.grantflow.cascade.api.OpenCallCutoffView;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.domain.ApplicationStatus;
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

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One open call on the consortium's desk: its facts and its applications (filtered by status, paginated), and the
 * decision on an application to an evaluated call (award or reject, a score, a reason: {@link ApplicationAward#decide},
 * the API's service). An award's first tranche is ordered by the person deciding; a second member approves it on the
 * payments desk. An open call with cut-offs lists them with their budgets, and a decided cut-off's unused budget is
 * carried to the next from here ({@link OpenCallCutoffs#carryOver}, the API's service).
 */
@Path("/desk/open-calls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class OpenCallDeskPages {

    private static final int PAGE_SIZE = 20;

    @Inject
    OpenCallService openCalls;

    @Inject
    ApplicationQueries applications;

    @Inject
    ApplicationAward award;

    @Inject
    ApplicationFollowUp followUp;

    @Inject
    OpenCallCutoffs cutoffs;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("consortium/open-call.html")
    Template openCallPage;

    @Inject
    @Location("consortium/decision.html")
    Template decisionPage;

    @Inject
    @Location("consortium/verification.html")
    Template verificationPage;

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance openCall(@PathParam("id") String id, @QueryParam("status") String status,
                                     @QueryParam("page") String page, @QueryParam("published") String published,
                                     @QueryParam("decided") String decided, @QueryParam("verified") String verified,
                                     @QueryParam("carried") String carried) {
        return page(Requests.pathId(id, "open call"), status, page, "true".equals(published), decided, verified,
                carried != null, null);
    }

    /** Carries the decided cut-off's unused budget to the next cut-off; refused: the page with why. */
    @POST
    @Path("{id}/cutoffs/{index}/carry-over")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response carryOver(@PathParam("id") String id, @PathParam("index") String index) {
        Long oc = Requests.pathId(id, "open call");
        long cutoff = Requests.pathId(index, "cut-off of open call " + oc);
        try {
            cutoffs.carryOver(oc, cutoff, user());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), page(oc, null, null, false, null, null, false,
                    e.violations().isEmpty() ? e.code() : e.violations().get(0).code()));
        }
        return Response.seeOther(URI.create("/desk/open-calls/" + oc + "?carried=" + cutoff)).build();
    }

    private TemplateInstance page(Long oc, String status, String page, boolean published, String decided,
                                  String verified, boolean carried, String carryRefused) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        ApplicationStatus filter = Arrays.stream(ApplicationStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status == null ? "" : status.strip())).findFirst().orElse(null);
        var listed = applications.ofOpenCall(oc, filter, user(), false, v.isEmpty() ? request : PageRequest.first(PAGE_SIZE));
        Map<String, String> query = new LinkedHashMap<>();
        if (filter != null) {
            query.put("status", filter.name());
        }
        ApplicationView decidedOne = decided == null ? null : listed.items().stream()
                .filter(a -> String.valueOf(a.id()).equals(decided)).findFirst().orElse(null);
        ApplicationView verifiedOne = verified == null ? null : listed.items().stream()
                .filter(a -> String.valueOf(a.id()).equals(verified)).findFirst().orElse(null);
        OpenCallView openCall = openCalls.get(oc);
        return pages.render(openCallPage.data("openCall", openCall).data("applications", listed.items())
                .data("paging", Paging.of(listed, "/desk/open-calls/" + oc, query)).data("status", filter)
                .data("statuses", Arrays.asList(ApplicationStatus.values()))
                .data("published", published).data("decided", decidedOne)
                .data("verified", verifiedOne).data("carriable", carriable(openCall.cutoffs()))
                .data("carried", carried).data("carryRefused", carryRefused));
    }

    /** The cut-offs whose unused budget may be carried now (the page offers the form only for those). */
    private static List<Integer> carriable(List<OpenCallCutoffView.Cutoff> cutoffs) {
        return cutoffs.stream().filter(c -> c.decided() && c.carryOver() == null && c.index() + 1 < cutoffs.size()
                        && !cutoffs.get(c.index() + 1).decided() && c.remaining().isPositive())
                .map(OpenCallCutoffView.Cutoff::index).toList();
    }

    @GET
    @Path("{id}/applications/{application}/decision")
    @Operation(hidden = true)
    public TemplateInstance decisionForm(@PathParam("id") String id, @PathParam("application") String application) {
        Long oc = Requests.pathId(id, "open call");
        return decision(oc, applications.forConsortium(Requests.pathId(application, "application"), oc, user()),
                null, null, null, null);
    }

    @POST
    @Path("{id}/applications/{application}/decision")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response decide(@PathParam("id") String id, @PathParam("application") String application,
                           @FormParam("approve") String approve, @FormParam("score") String score,
                           @FormParam("reason") String reason) {
        Long oc = Requests.pathId(id, "open call");
        Long app = Requests.pathId(application, "application");
        applications.forConsortium(app, oc, user()); // this open call's, and the person its consortium's
        BigDecimal parsed = null;
        Violations v = new Violations();
        v.check(!"yes".equals(approve) && !"no".equals(approve), "approve", "required", "award or reject");
        if (score != null && !score.isBlank()) {
            try {
                parsed = new BigDecimal(score.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                v.add("score", "invalid_number", "not a number");
            }
        }
        try {
            v.throwIfAny("invalid_decision", "the decision cannot be recorded");
            ApplicationView decided = award.decide(app, "yes".equals(approve), parsed,
                    reason == null || reason.isBlank() ? null : reason.strip(), user());
            return Response.seeOther(URI.create("/desk/open-calls/" + decided.openCall() + "?decided=" + app)).build();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            List<Violation> problems = e.violationsOr("approve");
            return Pages.respond(ProblemMappers.toProblem(e).status(), decision(oc, applications.forConsortium(app, oc, user()), approve, score, reason,
                            new Refused(e.code(), problems)));
        }
    }

    @GET
    @Path("{id}/applications/{application}/verification")
    @Operation(hidden = true)
    public TemplateInstance verificationForm(@PathParam("id") String id, @PathParam("application") String application) {
        Long oc = Requests.pathId(id, "open call");
        return verification(oc, applications.forConsortium(Requests.pathId(application, "application"), oc, user()),
                null, null, null);
    }

    /** The report accepted (the balance is ordered) or rejected with a reason ({@link ApplicationFollowUp#verify}). */
    @POST
    @Path("{id}/applications/{application}/verification")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response verify(@PathParam("id") String id, @PathParam("application") String application,
                           @FormParam("accepted") String accepted, @FormParam("reason") String reason) {
        Long oc = Requests.pathId(id, "open call");
        Long app = Requests.pathId(application, "application");
        applications.forConsortium(app, oc, user());
        try {
            new Violations().check(!"yes".equals(accepted) && !"no".equals(accepted), "accepted", "required",
                    "accept or reject").throwIfAny("invalid_verification", "the verification cannot be recorded");
            ApplicationView verified = followUp.verify(app, "yes".equals(accepted),
                    reason == null || reason.isBlank() ? null : reason.strip(), user());
            return Response.seeOther(URI.create("/desk/open-calls/" + verified.openCall() + "?verified=" + app)).build();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            List<Violation> problems = e.violationsOr("accepted");
            return Pages.respond(ProblemMappers.toProblem(e).status(), verification(oc, applications.forConsortium(app, oc, user()), accepted, reason,
                            new Refused(e.code(), problems)));
        }
    }

    private TemplateInstance verification(Long oc, ApplicationView a, String accepted, String reason, Refused refused) {
        if (!a.openCall().equals(oc)) {
            throw DomainException.notFound("application", String.valueOf(a.id()));
        }
        return pages.render(verificationPage.data("openCall", openCalls.get(oc)).data("application", a)
                .data("accepted", accepted).data("reason", reason).data("refused", refused));
    }

    /** A refused decision: its code and each problem, shown beside its field. */
    public record Refused(String code, List<Violation> problems) {
        public boolean invalid(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        public List<String> codesOf(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).map(Violation::code).toList();
        }
    }

    private TemplateInstance decision(Long oc, ApplicationView a, String approve, String score, String reason,
                                      Refused refused) {
        if (!a.openCall().equals(oc)) {
            throw DomainException.notFound("application", String.valueOf(a.id()));
        }
        return pages.render(decisionPage.data("openCall", openCalls.get(oc)).data("application", a)
                .data("approve", approve).data("score", score).data("reason", reason).data("refused", refused));
    }


    private String user() {
        return identity.getPrincipal().getName();
    }
}
