package io.grantflow.cascade.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.cascade.api.LumpSumView;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.application.ApplicationSubmission;
import io.grantflow.cascade.application.ExchangeLumpSums;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The apply form of an open call ({@code /open-calls/{id}/apply}), for a signed-in SME (the sign-in covers the
 * path: {@code quarkus.http.auth.permission.signed-in-pages}). It reads and submits through the same services as
 * {@code POST /api/open-calls/{id}/applications} ({@link ApplicationSubmission}, with the form's idempotency key)
 * and {@code GET /api/open-calls/{id}/lump-sum} ({@link ExchangeLumpSums}); no rule lives here. A refusal shows
 * the form again, as typed, with every problem beside its field (422, 403, 409); a submitted application goes on
 * to {@code /my/applications/{id}} (303).
 */
@Path("/open-calls/{id}/apply")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ApplyPages {

    /** The fields of the exchange that the lump sum is computed from. */
    private static final Set<String> LUMP_SUM_FIELDS = Set.of("exchange.host", "exchange.from", "exchange.to",
            "exchange.distanceKm");

    @Inject
    OpenCallService openCalls;

    @Inject
    ApplicationSubmission submission;

    @Inject
    ExchangeLumpSums lumpSums;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Pages pages;

    @Inject
    @Location("cascade/apply.html")
    Template template;

    @GET
    @Operation(hidden = true)
    public Response form(@PathParam("id") String id) {
        OpenCallView call = openCalls.get(id(id));
        List<OrganisationView> mine = mine();
        ApplyForm form = ApplyForm.blank(mine.stream().map(OrganisationView::id).toList(), sectors(call));
        // an open call not open now has no form: it says when it opens, or that it is closed (409, as a submission)
        return page(!isSme() ? 403 : call.open() ? 200 : 409, call, mine, form, List.of(), null, null, null);
    }

    @POST
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response apply(@PathParam("id") String id, @BeanParam ApplyForm form) {
        OpenCallView call = openCalls.get(id(id));
        List<OrganisationView> mine = mine();
        if (!isSme()) {
            return page(403, call, mine, form, List.of(), null, null, null);
        }
        if (form.idempotencyKey == null || form.idempotencyKey.isBlank()) {
            form.idempotencyKey = ApplyForm.newKey();
        }
        Locale locale = pages.site().locale();
        ApplyMessages m = ApplyTexts.messages(locale);
        ApplyForm.Read read = form.read(call, locale, this::hostByPic);
        if (form.computing()) {
            return compute(call, mine, form, read, m);
        }
        LumpSumView lumpSum = quietQuote(call, read);
        if (!read.unreadable().isEmpty()) {
            List<Violation> all = merge(read.unreadable(), submission.check(call.id(), read.request()));
            return page(422, call, mine, form, errors(all, m), null, read, lumpSum);
        }
        try {
            Idempotency.Result result = submission.submit(call.id(), read.request(), form.idempotencyKey, user());
            return Response.seeOther(URI.create("/my/applications/" + applicationId(result))).build();
        } catch (DomainException e) {
            return refused(e, call, mine, form, read, lumpSum, locale, m);
        }
    }

    /** The form again after the service refused it: the violations beside their fields, a notice for the rest. */
    private Response refused(DomainException e, OpenCallView call, List<OrganisationView> mine, ApplyForm form,
                             ApplyForm.Read read, LumpSumView lumpSum, Locale locale, ApplyMessages m) {
        List<ApplyPage.FieldError> errors = errors(e.violations().stream()
                .filter(v -> !Idempotency.HEADER.equals(v.field())).toList(), m);
        String notice = switch (e.code()) {
            case "open_call_closed" -> m.openCallClosed(Formats.brusselsDateTime(call.opensAt(), locale),
                    Formats.brusselsDateTime(call.closesAt(), locale));
            case "grant_not_active" -> m.grantNotActive();
            case "idempotency_key_mismatch" -> m.alreadySent();
            case "idempotency_key_required", "invalid_idempotency_key" -> m.formExpired();
            case "invalid_application", "not_a_member" -> null;
            default -> m.otherProblem(e.getMessage());
        };
        if (e.code().contains("idempotency_key")) {
            form.idempotencyKey = ApplyForm.newKey(); // the next submit is a new application, made once
        }
        int status = switch (e.kind()) {
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case MALFORMED -> 400;
            case NOT_FOUND -> throw e;
            case RULE_BROKEN -> 422;
            case TOO_LARGE, UNSUPPORTED_TYPE, UNAVAILABLE -> ProblemMappers.toProblem(e).status();
        };
        return page(status, call, mine, form, errors, notice, read, lumpSum);
    }

    /** "Compute the lump sum": the form again with the amount, or with what the computation still needs. */
    private Response compute(OpenCallView call, List<OrganisationView> mine, ApplyForm form, ApplyForm.Read read,
                             ApplyMessages m) {
        List<Violation> problems = new ArrayList<>(read.unreadable().stream()
                .filter(v -> LUMP_SUM_FIELDS.contains(v.field())).toList());
        LumpSumView lumpSum = null;
        var x = read.request().exchange();
        if (x != null) {
            try {
                lumpSum = lumpSums.quote(call.id(), read.host(), x.from(), x.to(), x.distanceKm());
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.CONFLICT) {
                    throw e;
                }
                problems = merge(problems, e.violations().stream()
                        .map(v -> new Violation("exchange." + v.field(), v.code(), v.message())).toList());
            }
        }
        return page(200, call, mine, form, errors(problems, m), null, read, lumpSum);
    }

    /** The lump sum shown again beside a refused form, when its figures are complete; nothing otherwise. */
    private LumpSumView quietQuote(OpenCallView call, ApplyForm.Read read) {
        if (!read.quotable()) {
            return null;
        }
        var x = read.request().exchange();
        try {
            return lumpSums.quote(call.id(), read.host(), x.from(), x.to(), x.distanceKm());
        } catch (DomainException e) {
            return null;
        }
    }

    /** What could not be read first; the service's violations of the other fields after. */
    private static List<Violation> merge(List<Violation> unreadable, List<Violation> checked) {
        Set<String> fields = unreadable.stream().map(Violation::field).collect(Collectors.toSet());
        List<Violation> all = new ArrayList<>(unreadable);
        checked.stream().filter(v -> !fields.contains(v.field())).forEach(all::add);
        return all;
    }

    private static List<ApplyPage.FieldError> errors(List<Violation> violations, ApplyMessages m) {
        return violations.stream().map(v -> new ApplyPage.FieldError(v.field(), v.code(), ApplyTexts.describe(v, m)))
                .toList();
    }

    private Response page(int status, OpenCallView call, List<OrganisationView> mine, ApplyForm form,
                          List<ApplyPage.FieldError> errors, String notice, ApplyForm.Read read, LumpSumView lumpSum) {
        ApplyPage.Host host = null;
        if (read != null && read.hostOrganisation() != null) {
            OrganisationView o = read.hostOrganisation();
            host = new ApplyPage.Host(o.legalName(), Formats.countryName(o.country(), pages.site().locale()));
        }
        ApplyPage page = new ApplyPage(OpenCallPage.of(call), user(), isSme(), mine, sectors(call), form, errors, notice,
                host, lumpSum);
        String html = pages.render(template.data("page", page)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private Optional<OrganisationView> hostByPic(String pic) {
        return organisations.byPic(pic, user(), false).stream().findFirst();
    }

    /** The sectors one may choose: the open call's, or every sector when it names none. */
    private static List<String> sectors(OpenCallView call) {
        return call.sectors().isEmpty()
                ? Arrays.stream(Ecosystem.values()).map(Enum::name).toList()
                : call.sectors();
    }

    private List<OrganisationView> mine() {
        return organisations.of(user());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private boolean isSme() {
        return identity.hasRole(Roles.SME);
    }

    private long applicationId(Idempotency.Result result) {
        try {
            return json.readTree(result.body()).get("id").asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page address with something else than an id has no page: 404, like an unknown id. */
    private static Long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("open call", id);
        }
    }
}
