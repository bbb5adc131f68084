package io.grantflow.cascade.api;

import io.grantflow.cascade.application.InKindSupport;
import io.grantflow.cascade.application.ProviderCalls;
import io.grantflow.cascade.domain.ProviderCallDefinition;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.idempotency.IdempotentResponses;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Calls for service providers, their offers, and the grant's provider roster and in-kind awards, each under its own path. */
public final class ProviderCallResources {

    private ProviderCallResources() {
    }

    public record OfferDecision(Boolean select, String reason) {
    }

    @Path("/api/grants/{id}/provider-calls")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    public static class GrantProviderCallResource {

        @Inject
        ProviderCalls providerCalls;

        @Inject
        SecurityIdentity identity;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.APPLICANT)
        @Operation(operationId = "createProviderCall",
                summary = "Call for providers of a service (coaching, mentoring...) at a maximum day rate; no money is "
                + "committed (consortium members; needs an Idempotency-Key)")
        @APIResponse(responseCode = "201", description = "The provider call",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProviderCallView.class)))
        @Problems(conflict = "grant_not_signed", unprocessable = "invalid_provider_call")
        public Response create(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                               ProviderCallDefinition definition) {
            return IdempotentResponses.of(providerCalls.create(Requests.pathId(id, "grant"), Requests.body(definition),
                    key, identity.getPrincipal().getName()), "/api/provider-calls/", "id");
        }

        @GET
        @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
        @Operation(operationId = "listProviderCalls", summary = "The grant's provider calls (its consortium and officers)")
        public List<ProviderCallView> list(@PathParam("id") String id) {
            return providerCalls.ofGrant(Requests.pathId(id, "grant"), identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER));
        }
    }

    @Path("/api/grants/{id}/providers")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    public static class RosterResource {

        @Inject
        ProviderCalls providerCalls;

        @Inject
        SecurityIdentity identity;

        @GET
        @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
        @Operation(operationId = "listGrantProviders",
                summary = "The grant's provider roster: selected providers with their day rates and the days left")
        public List<ProviderOfferView> roster(@PathParam("id") String id) {
            return providerCalls.roster(Requests.pathId(id, "grant"), identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER));
        }
    }

    @Path("/api/grants/{id}/in-kind-awards")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    public static class InKindAwardsResource {

        @Inject
        InKindSupport inKind;

        @Inject
        SecurityIdentity identity;

        @GET
        @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
        @Operation(operationId = "listInKindAwards",
                summary = "The grant's in-kind awards: provider, days, value, delivered, paid to the provider")
        public List<InKindAwardView> list(@PathParam("id") String id) {
            return inKind.ofGrant(Requests.pathId(id, "grant"), identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER));
        }
    }

    @Path("/api/provider-calls/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    public static class ProviderCallResource {

        @Inject
        ProviderCalls providerCalls;

        @Inject
        SecurityIdentity identity;

        @GET
        @PermitAll
        @Operation(operationId = "getProviderCall", summary = "Public: a call for service providers")
        public ProviderCallView get(@PathParam("id") String id) {
            return providerCalls.get(Requests.pathId(id, "provider call"));
        }

        @POST
        @Path("offers")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed({Roles.APPLICANT, Roles.SME})
        @Operation(operationId = "submitProviderOffer",
                summary = "A provider offers its service (day rate, capacity in days, languages); refused with every "
                + "reason, selected at once (first come) or reviewed (needs an Idempotency-Key)")
        @APIResponse(responseCode = "201", description = "The offer",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProviderOfferView.class)))
        @Problems(forbidden = "not_a_member", conflict = "provider_call_closed", unprocessable = "invalid_offer")
        public Response offer(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                              ProviderOfferRequest offer) {
            return IdempotentResponses.of(providerCalls.offer(Requests.pathId(id, "provider call"), Requests.body(offer),
                    key, identity.getPrincipal().getName()), "/api/provider-offers/", "id");
        }

        @GET
        @Path("offers")
        @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
        @Operation(operationId = "listProviderOffers", summary = "The offers to a provider call (its consortium and officers)")
        public List<ProviderOfferView> offers(@PathParam("id") String id) {
            return providerCalls.offers(Requests.pathId(id, "provider call"), identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER));
        }
    }

    @Path("/api/provider-offers/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    public static class ProviderOfferResource {

        @Inject
        ProviderCalls providerCalls;

        @Inject
        SecurityIdentity identity;

        @GET
        @RolesAllowed({Roles.APPLICANT, Roles.SME, Roles.OFFICER})
        @Operation(operationId = "getProviderOffer", summary = "An offer (the provider, the consortium, officers)")
        public ProviderOfferView get(@PathParam("id") String id) {
            return providerCalls.offerView(Requests.pathId(id, "provider offer"), identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER));
        }

        @POST
        @Path("decision")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.APPLICANT)
        @Operation(operationId = "decideProviderOffer",
                summary = "The consortium selects (onto the roster) or rejects an offer to an evaluated provider call")
        @Problems(forbidden = {"not_consortium_member", "own_application"}, conflict = "offer_not_under_review",
                unprocessable = "invalid_decision")
        public ProviderOfferView decide(@PathParam("id") String id, OfferDecision decision) {
            OfferDecision d = Requests.body(decision);
            if (d.select() == null) {
                throw DomainException.ruleBroken("invalid_decision", "say whether the provider is selected",
                        List.of(new Violation("select", "required", "true or false")));
            }
            return providerCalls.decide(Requests.pathId(id, "provider offer"), d.select(), d.reason(),
                    identity.getPrincipal().getName());
        }
    }
}
