package io.grantflow.cascade.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.cascade.api.ProviderCallView;
import io.grantflow.cascade.api.ProviderOfferRequest;
import io.grantflow.cascade.api.ProviderOfferView;
import io.grantflow.cascade.application.ProviderCalls;
import io.grantflow.organisations.api.OrganisationView;
import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
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
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A provider's offer form for a call for providers ({@code /provider-calls/{id}/apply}, signed in): it submits through
 * the API's service ({@link ProviderCalls#offer}, with the form's idempotency key); no rule lives here. A refused
 * request shows the form again with every problem (422, 403, 409); a recorded offer shows its status and, refused,
 * every reason.
 */
@Path("/provider-calls/{id}/apply")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProviderOfferPages {

    /** The form as posted. */
    public static class Form {
        @RestForm public String key;
        @RestForm public String organisation;
        @RestForm public String dayRate;
        @RestForm public String capacityDays;
        @RestForm public String languages;
        @RestForm public String description;
        @RestForm public String iban;
    }

    @Inject
    ProviderCalls providerCalls;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Pages pages;

    @Inject
    @Location("cascade/provider-offer.html")
    Template template;

    @GET
    @Operation(hidden = true)
    public Response form(@PathParam("id") String id) {
        ProviderCallView call = providerCalls.get(Requests.pathId(id, "provider call"));
        Form blank = new Form();
        blank.key = UUID.randomUUID().toString();
        return page(call.open() ? 200 : 409, call, blank, List.of(), null);
    }

    @POST
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response offer(@PathParam("id") String id, @BeanParam Form form) {
        ProviderCallView call = providerCalls.get(Requests.pathId(id, "provider call"));
        if (form.key == null || form.key.isBlank()) {
            form.key = UUID.randomUUID().toString();
        }
        List<Violation> unreadable = new ArrayList<>();
        ProviderOfferRequest request = new ProviderOfferRequest(number(form.organisation, "organisation", unreadable),
                amount(form.dayRate, unreadable), integer(form.capacityDays, unreadable),
                form.languages == null || form.languages.isBlank() ? List.of()
                        : Arrays.stream(form.languages.split("[,;\\s]+")).filter(l -> !l.isBlank()).toList(),
                blankToNull(form.description), blankToNull(form.iban));
        if (!unreadable.isEmpty()) {
            return page(422, call, form, unreadable, null);
        }
        try {
            Idempotency.Result made = providerCalls.offer(call.id(), request, form.key, user());
            long offer = json.readTree(made.body()).get("id").asLong();
            return page(200, call, form, List.of(), providerCalls.offerView(offer, user(), false));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored answer of the offer is not JSON", e);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return page(ProblemMappers.toProblem(e).status(), call, form, e.violationsOr("organisation"), null);
        }
    }

    private Response page(int status, ProviderCallView call, Form form, List<Violation> problems, ProviderOfferView made) {
        List<OrganisationView> mine = organisations.of(user());
        return Pages.respond(status, pages.render(template.data("call", call).data("form", form).data("problems", problems)
                .data("organisations", mine).data("offer", made)));
    }

    private static Long number(String text, String field, List<Violation> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            unreadable.add(new Violation(field, "invalid_number", "not a number"));
            return null;
        }
    }

    private static Integer integer(String text, List<Violation> unreadable) {
        Long n = number(text, "capacityDays", unreadable);
        return n == null ? null : n.intValue();
    }

    private static Money amount(String text, List<Violation> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parse(text.trim().replace(',', '.'));
        } catch (RuntimeException e) {
            unreadable.add(new Violation("dayRate", "invalid_amount", "an amount such as 650.00"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
