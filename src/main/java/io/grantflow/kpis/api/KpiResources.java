package io.grantflow.kpis.api;

import io.grantflow.kpis.application.KpiService;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.Violations;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
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

import java.net.URI;

/** Programme indicators, and the consortia's reports of what the data cannot tell. */
public final class KpiResources {

    private KpiResources() {
    }

    @Path("/api/kpis")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "KPIs")
    public static class KpiResource {

        @Inject
        KpiService kpis;

        @Inject
        SecurityIdentity identity;

        @GET
        @Path("programmes/{code}")
        @RolesAllowed(Roles.OFFICER)
        @Operation(operationId = "getProgrammeKpis",
                summary = "A programme's indicators: computed from the data and reported by consortia")
        public KpiView programme(@PathParam("code") String code) {
            return kpis.programme(code);
        }

        @GET
        @Path("calls/{identifier}")
        @RolesAllowed(Roles.OFFICER)
        @Operation(operationId = "getCallKpis", summary = "A call's indicators (over its signed grants)")
        public KpiView call(@PathParam("identifier") String identifier) {
            return kpis.call(identifier);
        }

        @GET
        @Path("grants/{id}")
        @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
        @Operation(operationId = "getGrantKpis", summary = "A grant's indicators (officers; the grant's consortium)")
        public KpiView grant(@PathParam("id") String id) {
            return kpis.grant(Requests.pathId(id, "grant"), identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER));
        }
    }

    @Path("/api/grants/{id}/kpi-reports")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "KPIs")
    public static class KpiReportResource {

        @Inject
        KpiService kpis;

        @Inject
        SecurityIdentity identity;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.APPLICANT)
        @Operation(operationId = "submitKpiReport",
                summary = "Report indicators for a reporting period; a new report for the period is a new version")
        @APIResponse(responseCode = "201", description = "The report, a new version of the period's",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = KpiReportView.class)))
        @Problems(conflict = "grant_not_signed", unprocessable = "invalid_kpi_report")
        public Response report(@PathParam("id") String id, KpiReportRequest request) {
            KpiReportView view = kpis.report(Requests.pathId(id, "grant"), Requests.body(request),
                    identity.getPrincipal().getName());
            return Response.created(URI.create("/api/grants/" + view.grant() + "/kpi-reports")).entity(view).build();
        }

        @GET
        @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
        @Operation(summary = "Every version of every period's report")
        public Page<KpiReportView> list(@PathParam("id") String id, @QueryParam("page") String page,
                                                   @QueryParam("size") String size) {
            Violations v = new Violations();
            PageRequest request = PageRequest.parse(page, size, v);
            v.throwIfAnyBadQuery();
            return Page.slice(kpis.reports(Requests.pathId(id, "grant"), identity.getPrincipal().getName(),
                    identity.hasRole(Roles.OFFICER)), request);
        }
    }
}
