package io.grantflow.cascade.api;

import io.grantflow.cascade.application.ApplicationQueries;
import io.grantflow.cascade.application.ApplicationSubmission;
import io.grantflow.cascade.application.ExchangeLumpSums;
import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.application.OpenCallSearch;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.TargetMarkets;
import io.grantflow.cascade.domain.TargetRegion;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.api.OnlyDeclaredQueryParameters;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.idempotency.IdempotentResponses;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.sector.Ecosystem;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** Open calls of grants (cascade funding) and the SMEs' applications to them, each under its own path. */
public final class OpenCallResources {

    private OpenCallResources() {
    }

    @Path("/api/grants/{id}/open-calls")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    @RolesAllowed(Roles.APPLICANT)
    public static class GrantOpenCallResource {

        @Inject
        OpenCallService openCalls;

        @Inject
        SecurityIdentity identity;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "createOpenCall",
                summary = "Open a call for third parties; its budget is allocated from the grant's FSTP envelope "
                + "(consortium members; needs an Idempotency-Key)")
        @APIResponse(responseCode = "201", description = "The open call",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpenCallView.class)))
        @Problems(conflict = "grant_not_signed", unprocessable = {"insufficient_funds", "invalid_open_call"})
        public Response create(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                               OpenCallDefinition definition) {
            return IdempotentResponses.of(openCalls.create(Requests.pathId(id, "grant"), Requests.body(definition), key,
                    identity.getPrincipal().getName()), "/api/open-calls/", "id");
        }
    }

    @Path("/api/open-calls")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    public static class PublicOpenCallResource {

        @Inject
        OpenCallService openCalls;

        @Inject
        ExchangeLumpSums lumpSums;

        @GET
        @PermitAll
        @OnlyDeclaredQueryParameters
        @Operation(operationId = "listOpenCalls",
                summary = "Public: open calls of all grants closing after a date (default now), by deadline, or with "
                + "text the best matches first; filter by country, sector, type of support, instrument, closing date, "
                + "grant, target market; any other query parameter is a 400 unknown_parameter")
        public Page<OpenCallView> list(@QueryParam("country") @Parameter(description = "Open calls SMEs of this "
                                               + "country may apply to (ISO 3166-1 alpha-2)") String country,
                                       @QueryParam("sector") @Parameter(description = "Open calls for this sector, "
                                               + "an industrial ecosystem (case-insensitive); calls naming no sector "
                                               + "take every sector",
                                               schema = @Schema(implementation = Ecosystem.class)) String sector,
                                       @QueryParam("typeOfSupport") @Parameter(description = "Open calls giving this "
                                               + "type of support (case-insensitive)",
                                               schema = @Schema(implementation = TypeOfSupport.class)) String typeOfSupport,
                                       @QueryParam("instrument") @Parameter(description = "Open calls of this "
                                               + "instrument (case-insensitive)",
                                               schema = @Schema(implementation = Instrument.class)) String instrument,
                                       @QueryParam("text") @Parameter(description = "Words searched in the "
                                               + "titles, value-chain keywords and descriptions, all required, "
                                               + "accents ignored; words of 3 letters or more also match as a "
                                               + "prefix; at most " + OpenCallSearch.MAX_LENGTH + " characters")
                                       String text,
                                       @QueryParam("closingAfter") @Parameter(description = "Open calls closing "
                                               + "after this instant (default now)") String closingAfter,
                                       @QueryParam("closingBefore") @Parameter(description = "Open calls closing "
                                               + "at or before this instant") String closingBefore,
                                       @QueryParam("grant") String grant,
                                       @QueryParam("targetMarket") @Parameter(description = "Open calls targeting "
                                               + "this market: a country (ISO 3166-1 alpha-2; also finds calls "
                                               + "targeting its region) or a region such as ASIA_PACIFIC (also finds "
                                               + "calls targeting one of its countries); calls naming no target "
                                               + "market are left out") String targetMarket,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
            Violations v = new Violations();
            PageRequest request = PageRequest.parse(page, size, v);
            String c = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
            v.check(c != null && !Countries.isIso(c), "country", "invalid_query_parameter", "an ISO 3166-1 alpha-2 code");
            Ecosystem s = Requests.queryEnum(sector, Ecosystem.class, "sector", v);
            TypeOfSupport t = Requests.queryEnum(typeOfSupport, TypeOfSupport.class, "typeOfSupport", v);
            Instrument i = Requests.queryEnum(instrument, Instrument.class, "instrument", v);
            OpenCallSearch search = OpenCallSearch.read(text, v);
            Instant after = Requests.queryInstant(closingAfter, "closingAfter", v);
            Instant before = Requests.queryInstant(closingBefore, "closingBefore", v);
            Integer g = Requests.queryInt(grant, "grant", v);
            String market = TargetMarkets.normalise(targetMarket);
            v.check(market != null && !TargetMarkets.isKnown(market), "targetMarket", "invalid_query_parameter",
                    "a country (ISO 3166-1 alpha-2) or a region of " + java.util.Arrays.toString(TargetRegion.values()));
            v.throwIfAnyBadQuery();
            return openCalls.list(new OpenCallFilter(c, s, i, t, after, before, g == null ? null : g.longValue(),
                    search, market), request);
        }

        @GET
        @Path("{id}")
        @PermitAll
        @Operation(operationId = "getOpenCall", summary = "Public: one open call")
        public OpenCallView get(@PathParam("id") String id) {
            return openCalls.get(Requests.pathId(id, "open call"));
        }

        @GET
        @Path("{id}/lump-sum")
        @PermitAll
        @OnlyDeclaredQueryParameters
        @Operation(operationId = "computeLumpSum",
                summary = "Public: the lump sum a ClusterXchange exchange would be paid, as the award computes it: the "
                + "host country's amount (at most EUR 1,100), halved once when the stay lasts under 5 days (both ends "
                + "counted) and/or the distance is under 200 km, with the reasons (halvedBecause) and the refusals these "
                + "figures would meet (invalid_stay, no_host_amount)")
        @Problems(conflict = "not_an_exchange")
        public LumpSumView lumpSum(@PathParam("id") String id,
                                   @QueryParam("host") @Parameter(description = "The host organisation's id") String host,
                                   @QueryParam("from") @Parameter(description = "The first day of the stay, e.g. 2027-03-22")
                                   String from,
                                   @QueryParam("to") @Parameter(description = "The last day of the stay") String to,
                                   @QueryParam("distanceKm") @Parameter(description = "The distance to the host in km")
                                   String distanceKm) {
            Violations v = new Violations();
            Integer h = Requests.queryInt(host, "host", v);
            LocalDate f = Requests.queryDate(from, "from", v);
            LocalDate t = Requests.queryDate(to, "to", v);
            Integer km = Requests.queryInt(distanceKm, "distanceKm", v);
            v.throwIfAnyBadQuery();
            return lumpSums.quote(Requests.pathId(id, "open call"), h == null ? null : h.longValue(), f, t, km);
        }
    }

    @Path("/api/open-calls/{id}/applications")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Cascade funding")
    public static class OpenCallApplicationResource {

        @Inject
        ApplicationSubmission submission;

        @Inject
        ApplicationQueries queries;

        @Inject
        SecurityIdentity identity;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.SME)
        @Operation(operationId = "submitApplication",
                summary = "Apply: the checks (and, first-come-first-served, the award) run at once; the response "
                + "says AWARDED, UNDER_REVIEW, WAITLISTED or REFUSED with every refusal's code; needs an Idempotency-Key")
        @APIResponse(responseCode = "201", description = "The application: SUBMITTED, AWARDED, WAITLISTED or REFUSED with its refusals",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationView.class)))
        @Problems(forbidden = "not_a_member",
                conflict = {"grant_not_active", "open_call_closed"},
                unprocessable = "invalid_application")
        public Response apply(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                              ApplicationRequest request) {
            return IdempotentResponses.of(submission.submit(Requests.pathId(id, "open call"), Requests.body(request), key,
                    identity.getPrincipal().getName()), "/api/applications/", "id");
        }

        @GET
        @RolesAllowed({Roles.APPLICANT, Roles.OFFICER})
        @Operation(summary = "The open call's applications for its consortium: best score first, then in order of arrival")
        @Problems(forbidden = "not_consortium_member")
        public Page<ApplicationView> list(@PathParam("id") String id,
                                          @QueryParam("status") @Parameter(description = "Applications in this "
                                                  + "status (case-insensitive)",
                                                  schema = @Schema(implementation = ApplicationStatus.class))
                                          String status,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
            Violations v = new Violations();
            PageRequest request = PageRequest.parse(page, size, v);
            ApplicationStatus parsed = Requests.queryEnum(status, ApplicationStatus.class, "status", v);
            v.throwIfAnyBadQuery();
            return queries.ofOpenCall(Requests.pathId(id, "open call"), parsed, identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER), request);
        }
    }
}
