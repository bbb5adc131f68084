package io.grantflow.organisations.web;

import io.grantflow.organisations.api.MembershipRequestView;
import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.organisations.application.MembershipService;
import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.organisations.domain.OrganisationPolicy;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.organisations.domain.SmeFigures;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.sector.Sectors;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.text.TextLimits;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * "My organisations": {@code /my/organisations} lists the signed-in person's organisations and their own requests
 * to join, looks an organisation up by PIC to ask to join it, and registers an organisation, with a self-check of
 * the SME category that saves nothing; {@code /my/organisations/{id}} shows one organisation to its members (and
 * officers) with its SME category and why, and the requests to join it with approve and reject buttons. The
 * pages call the same services as {@code /api/organisations} ({@link OrganisationService},
 * {@link MembershipService}); the rules and their codes are theirs. Forms post back here with their CSRF token
 * and, when they succeed, redirect (303) to a page to get.
 */
@Path("/my/organisations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OrganisationPages {

    static final String CHECK = "check";
    static final String REGISTER = "register";

    @Inject
    OrganisationService organisations;

    @Inject
    MembershipService memberships;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("organisations/mine.html")
    Template mine;

    @Inject
    @Location("organisations/organisation.html")
    Template one;

    @GET
    @Operation(hidden = true)
    public TemplateInstance mine(@QueryParam("pic") String pic, @QueryParam("asked") String asked) {
        return render(OrganisationForm.empty(), FieldProblems.none(), null, false, join(pic), asked);
    }

    /** The registration form: "Check my SME category" (nothing saved) or "Register" (then to the organisation). */
    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        Locale locale = pages.site().locale();
        OrganisationForm form = OrganisationForm.of(fields);
        OrganisationForm.Reading reading = form.read(locale);
        OrganisationDefinition d = reading.definition();
        OrganisationPolicy.Result check = organisations.selfCheck(d);
        List<Violation> rules = check.violations();
        boolean register = REGISTER.equals(fields.getFirst("action"));
        if (register && reading.problems().isEmpty() && rules.isEmpty()) {
            try {
                OrganisationView registered = organisations.register(d, user());
                return Response.seeOther(URI.create("/my/organisations/" + registered.id() + "?registered=true#main")).build();
            } catch (DomainException e) {
                if (e.code().equals("organisation_pic_taken")) {
                    var own = organisations.of(user()).stream().filter(o -> o.pic().equals(d.pic())).findFirst();
                    if (own.isPresent()) { // the same form sent twice: the first registered it
                        return Response.seeOther(URI.create("/my/organisations/" + own.get().id())).build();
                    }
                    rules = List.of(new Violation("pic", e.code(), e.getMessage()));
                } else if (e.kind() == DomainException.Kind.RULE_BROKEN) {
                    rules = e.violations();
                } else {
                    throw e;
                }
            }
        }
        FieldProblems problems = FieldProblems.of(reading.problems().stream().map(reading::onForm).toList(),
                rules.stream().map(reading::onForm).toList());
        SmeExplanation explanation = SmeExplanation.of(
                new SmeFigures(d.staffHeadcount(), d.annualTurnover(), d.balanceSheetTotal()), d.relatedOrEmpty(),
                check.assessment());
        String page = render(form, problems, explanation, true, MyOrganisationsPage.Join.none(), null).render();
        return Response.status(problems.isEmpty() ? 200 : 422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page).build();
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance organisation(@PathParam("id") String id, @QueryParam("registered") String registered,
                                         @QueryParam("decided") String decided) {
        Long organisationId = Requests.pathId(id, "organisation");
        OrganisationView o = organisations.forMember(organisationId, user(), officer());
        SmeExplanation explanation = o.smeAssessment() == null ? null : SmeExplanation.of(
                new SmeFigures(o.staffHeadcount(), o.annualTurnover(), o.balanceSheetTotal()), o.relatedEnterprises(),
                o.smeAssessment().category(), o.smeAssessment().figuresUsed());
        String notice = registered != null ? "registered"
                : Stream.of("approved", "rejected", "decided").filter(n -> n.equals(decided)).findFirst().orElse(null);
        return pages.render(one.data("page", new OrganisationPage(o, explanation,
                memberships.pending(organisationId, user(), officer()), user(), notice)));
    }

    /** "Ask to join": a request a member or an officer decides on; asking again keeps the pending request. */
    @POST
    @Path("{id}/membership-requests")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askToJoin(@PathParam("id") String id) {
        Long organisationId = Requests.pathId(id, "organisation");
        try {
            memberships.ask(organisationId, user());
        } catch (DomainException e) {
            if (!e.code().equals("already_a_member")) {
                throw e;
            }
            return Response.seeOther(URI.create("/my/organisations/" + organisationId)).build();
        }
        return Response.seeOther(URI.create("/my/organisations?asked=" + organisationId + "#pending")).build();
    }

    @POST
    @Path("{id}/membership-requests/{request}/approve")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @PathParam("request") String request) {
        return decide(id, request, true);
    }

    @POST
    @Path("{id}/membership-requests/{request}/reject")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @PathParam("request") String request) {
        return decide(id, request, false);
    }

    private Response decide(String id, String request, boolean approve) {
        Long organisationId = Requests.pathId(id, "organisation");
        Long requestId = Requests.pathId(request, "membership request");
        String outcome = approve ? "approved" : "rejected";
        try {
            if (approve) {
                memberships.approve(organisationId, requestId, user(), officer());
            } else {
                memberships.reject(organisationId, requestId, user(), officer());
            }
        } catch (DomainException e) {
            if (!e.code().equals("membership_request_decided")) {
                throw e;
            }
            outcome = "decided"; // someone decided the other way first; that decision stands
        }
        return Response.seeOther(URI.create("/my/organisations/" + organisationId + "?decided=" + outcome + "#requests"))
                .build();
    }

    private TemplateInstance render(OrganisationForm form, FieldProblems problems, SmeExplanation explanation,
                                    boolean checked, MyOrganisationsPage.Join join, String asked) {
        List<OrganisationView> mine = organisations.of(user());
        List<MyOrganisationsPage.PendingJoin> pending = memberships.pendingOf(user()).stream()
                .map(p -> new MyOrganisationsPage.PendingJoin(p, organisations.get(p.organisation(), user(), officer())))
                .toList();
        List<MyOrganisationsPage.Found> found = join.found().stream()
                .map(f -> new MyOrganisationsPage.Found(f.organisation(),
                        mine.stream().anyMatch(o -> o.id().equals(f.organisation().id())),
                        pending.stream().anyMatch(p -> p.organisation().id().equals(f.organisation().id()))))
                .toList();
        OrganisationView askedFor = pending.stream().map(MyOrganisationsPage.PendingJoin::organisation)
                .filter(o -> String.valueOf(o.id()).equals(asked)).findFirst().orElse(null);
        Locale locale = pages.site().locale();
        MyOrganisationsPage page = new MyOrganisationsPage(mine, pending,
                new MyOrganisationsPage.Join(join.pic(), join.invalidPic(), found),
                new MyOrganisationsPage.Registration(form, problems, explanation, checked, choices(locale)),
                askedFor);
        return pages.render(this.mine.data("page", page));
    }

    /** The look-up by PIC; nothing for a blank one, and no look-up for a text that is no PIC. */
    private MyOrganisationsPage.Join join(String pic) {
        if (pic == null || pic.isBlank()) {
            return MyOrganisationsPage.Join.none();
        }
        String asked = pic.strip();
        if (!OrganisationPolicy.PIC.matcher(asked).matches()) {
            return new MyOrganisationsPage.Join(asked.length() > 40 ? asked.substring(0, 40) : asked, true, List.of());
        }
        return new MyOrganisationsPage.Join(asked, false, organisations.byPic(asked, user(), officer()).stream()
                .map(o -> new MyOrganisationsPage.Found(o, false, false)).toList());
    }

    private static MyOrganisationsPage.Choices choices(Locale locale) {
        Collator order = Collator.getInstance(locale);
        List<String> countries = Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of("XK"))
                .filter(Countries::isIso).distinct()
                .sorted(Comparator.comparing((String code) -> Formats.countryName(code, locale), order)).toList();
        return new MyOrganisationsPage.Choices(countries, List.of(OrganisationType.values()),
                List.of(RelatedEnterprise.Relation.values()), List.of(Ecosystem.values()), TextLimits.TITLE,
                TextLimits.KEYWORD, Sectors.MAX_VALUE_CHAINS, TextLimits.NAME, OrganisationForm.MAX_ROWS);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private boolean officer() {
        return identity.hasRole(Roles.OFFICER);
    }
}
