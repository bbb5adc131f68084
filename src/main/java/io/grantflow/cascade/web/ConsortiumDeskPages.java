package io.grantflow.cascade.web;

import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.application.CascadeWaiting;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.grants.api.GrantBudgetView;
import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.application.GrantBudgets;
import io.grantflow.grants.application.GrantQueries;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consortium's desk: my signed grants with their FSTP envelope, SME-share trajectory and open calls, and the
 * open-call form (filled in, reviewed, then published: {@link OpenCallService#create}, the API's service, with the
 * form's own idempotency key so that publishing twice makes one open call). Consortium members only.
 */
@Path("/desk/grants")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class ConsortiumDeskPages {

    /** One grant on the desk: what it is, its budget and SME share, and its open calls. */
    public record MyGrant(GrantView grant, GrantBudgetView budget, List<OpenCallView> openCalls) {
    }

    /** The form's fields, as posted. */
    public static class Fields {
        @FormParam("key") String key;
        @FormParam("title") String title;
        @FormParam("description") String description;
        @FormParam("instrument") String instrument;
        @FormParam("selection") String selection;
        @FormParam("budget") String budget;
        @FormParam("fixedAmount") String fixedAmount;
        @FormParam("minAmount") String minAmount;
        @FormParam("maxAmount") String maxAmount;
        @FormParam("eligibleCountries") String eligibleCountries;
        @FormParam("sectors") List<String> sectors;
        @FormParam("valueChains") String valueChains;
        @FormParam("opensAt") String opensAt;
        @FormParam("closesAt") String closesAt;
        @FormParam("firstTranchePercent") String firstTranchePercent;
        @FormParam("reportDays") String reportDays;
        @FormParam("maxPerThirdParty") String maxPerThirdParty;
        @FormParam("deMinimisCheck") String deMinimisCheck;
        @FormParam("deMinimisCap") String deMinimisCap;
        @FormParam("applicationsPerSme") String applicationsPerSme;
        @FormParam("waitlist") String waitlist;
        @FormParam("activities") List<String> activities;
        @FormParam("hostAmounts") String hostAmounts;
        @FormParam("cutoffClosesAt") List<String> cutoffClosesAt;
        @FormParam("cutoffBudget") List<String> cutoffBudget;
        @FormParam("cutoffSelection") List<String> cutoffSelection;
        @FormParam("criteria") String criteria;
        @FormParam("overallThreshold") String overallThreshold;
        @FormParam("evaluatorsPerApplication") String evaluatorsPerApplication;
        @FormParam("scoring") String scoring;
        @FormParam("targetRegions") List<String> targetRegions;
        @FormParam("targetCountries") String targetCountries;
        @FormParam("collectsEntrepreneurProfile") String collectsEntrepreneurProfile;
        @FormParam("applicantTypes") List<String> applicantTypes;
        @FormParam("typeOfSupport") String typeOfSupport;
        @FormParam("inKindService") String inKindService;
        @FormParam("inKindMaxDays") String inKindMaxDays;
        @FormParam("action") String action;

        OpenCallForm form() {
            return new OpenCallForm(key == null || key.isBlank() ? java.util.UUID.randomUUID().toString() : key,
                    title, description, instrument, selection, budget, fixedAmount, minAmount, maxAmount,
                    eligibleCountries, sectors == null ? List.of() : sectors, valueChains, opensAt, closesAt,
                    firstTranchePercent, reportDays, new OpenCallForm.Rules(maxPerThirdParty,
                    "true".equals(deMinimisCheck), deMinimisCap, applicationsPerSme, "true".equals(waitlist),
                    activities == null ? List.of() : activities, hostAmounts,
                    new OpenCallForm.Panel(criteria, overallThreshold, evaluatorsPerApplication, scoring)), cutoffRows(),
                    new OpenCallForm.Options(targetRegions == null ? List.of() : targetRegions, targetCountries,
                            "true".equals(collectsEntrepreneurProfile),
                            applicantTypes == null ? List.of() : applicantTypes, typeOfSupport, inKindService,
                            inKindMaxDays));
        }

        /** The cut-off rows as posted, row by row (the three lists are in the form's order). */
        private List<OpenCallForm.CutoffRow> cutoffRows() {
            int n = Math.max(cutoffClosesAt == null ? 0 : cutoffClosesAt.size(), cutoffBudget == null ? 0 : cutoffBudget.size());
            List<OpenCallForm.CutoffRow> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new OpenCallForm.CutoffRow(at(cutoffClosesAt, i), at(cutoffBudget, i), at(cutoffSelection, i)));
            }
            return rows;
        }

        private static String at(List<String> values, int i) {
            return values == null || i >= values.size() ? "" : values.get(i);
        }
    }

    @Inject
    GrantQueries grants;

    @Inject
    GrantBudgets budgets;

    @Inject
    OpenCallService openCalls;

    @Inject
    CascadeWaiting waiting;

    @Inject
    io.grantflow.cascade.application.ApplicationQueries applications;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    Clock clock;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    @Location("consortium/grants.html")
    Template grantsPage;

    @Inject
    @Location("consortium/open-call-form.html")
    Template formPage;

    @Inject
    @Location("consortium/open-call-review.html")
    Template reviewPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance mine() {
        List<MyGrant> mine = new ArrayList<>();
        for (GrantView g : grants.list(null, GrantStatus.SIGNED, user(), false, PageRequest.first(100)).items()) {
            mine.add(new MyGrant(g, budgets.budget(g.id(), user(), false), openCalls.ofGrant(g.id(), user(), false)));
        }
        return pages.render(grantsPage.data("grants", mine).data("now", clock.instant())
                .data("toDecide", waiting.applicationsToDecide(user()).stream().limit(20)
                        .map(a -> applications.get(a, user(), false)).toList())
                .data("toVerify", waiting.reportsToVerify(user()).stream().limit(20)
                        .map(a -> applications.get(a, user(), false)).toList()));
    }

    @GET
    @Path("{id}/open-calls/new")
    @Operation(hidden = true)
    public TemplateInstance newOpenCall(@PathParam("id") String id) {
        return form(grant(id), OpenCallForm.blank(clock.instant()), List.of(), null);
    }

    /** {@code action=review}: checked, then the review; {@code edit}: the form again; {@code publish}: created. */
    @POST
    @Path("{id}/open-calls/new")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response submit(@PathParam("id") String id, @BeanParam Fields fields) {
        GrantView grant = grant(id);
        OpenCallForm form = fields.form();
        if ("edit".equals(fields.action)) {
            return Pages.respond(200, form(grant, form, List.of(), null));
        }
        List<Violation> problems = new ArrayList<>();
        OpenCallDefinition definition = form.definition(pages.site().locale(), problems);
        problems.addAll(openCalls.check(grant.id(), definition, user()));
        if (!problems.isEmpty()) {
            return Pages.respond(422, form(grant, form, problems, "invalid_open_call"));
        }
        if (!"publish".equals(fields.action)) {
            return Pages.respond(200, pages.render(reviewPage.data("grant", grant).data("form", form).data("definition", definition)));
        }
        try {
            Idempotency.Result created = openCalls.create(grant.id(), definition, form.key(), user());
            long openCall = json.readTree(created.body()).get("id").asLong();
            return Response.seeOther(URI.create("/desk/open-calls/" + openCall + "?published=true")).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored answer of the open call is not JSON", e);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            if ("idempotency_key_mismatch".equals(e.code())) {
                // this form was published, then changed: publishing it again would be a second open call, knowingly
                OpenCallForm again = new OpenCallForm(java.util.UUID.randomUUID().toString(), form.title(),
                        form.description(), form.instrument(), form.selection(), form.budget(), form.fixedAmount(),
                        form.minAmount(), form.maxAmount(), form.eligibleCountries(), form.sectors(),
                        form.valueChains(), form.opensAt(), form.closesAt(), form.firstTranchePercent(),
                        form.reportDays(), form.rules(), form.cutoffs(), form.options());
                return Pages.respond(409, form(grant, again, List.of(new Violation("title", "already_published",
                        "this form was published already")), "already_published"));
            }
            List<Violation> refused = e.violationsOr("budget");
            return Pages.respond(ProblemMappers.toProblem(e).status(), form(grant, form, refused, e.code()));
        }
    }

    private TemplateInstance form(GrantView grant, OpenCallForm form, List<Violation> problems, String code) {
        return pages.render(formPage.data("grant", grant).data("form", form).data("problems", problems)
                .data("code", code).data("instruments", OpenCallForm.INSTRUMENTS)
                .data("selections", Arrays.asList(Selection.values()))
                .data("scorings", Arrays.stream(io.grantflow.cascade.domain.PanelScoring.values()).map(Enum::name).toList())
                .data("ecosystems", Arrays.stream(Ecosystem.values()).map(Enum::name).toList())
                .data("activities", Arrays.stream(io.grantflow.calls.domain.Activity.values()).map(Enum::name).toList())
                .data("regions", Arrays.asList(io.grantflow.cascade.domain.TargetRegion.values()))
                .data("organisationTypes", Arrays.asList(io.grantflow.organisations.domain.OrganisationType.values()))
                .data("services", Arrays.asList(io.grantflow.cascade.domain.ServiceKind.values()))
                .data("inKindType", io.grantflow.cascade.domain.TypeOfSupport.IN_KIND_SERVICE)
                .data("fieldProblems", new FieldProblems(problems)));
    }

    private GrantView grant(String id) {
        return grants.get(io.grantflow.shared.api.Requests.pathId(id, "grant"), user(), false);
    }


    private String user() {
        return identity.getPrincipal().getName();
    }
}
