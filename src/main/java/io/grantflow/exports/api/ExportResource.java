package io.grantflow.exports.api;

import io.grantflow.exports.application.ExportJobs;
import io.grantflow.exports.application.ExportKind;
import io.grantflow.exports.application.ExportService;
import io.grantflow.exports.application.SepaExport;
import io.grantflow.exports.application.Tabular;
import io.grantflow.exports.application.ThreeSixtyGiving;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Exports for other systems: CSV and XLSX tables (streamed, or as background jobs), 360Giving, SEPA. */
public final class ExportResource {

    private ExportResource() {
    }

    public record JobRequest(String kind, String format, Map<String, String> parameters) {
    }

    @Path("/api/exports")
    @Tag(name = "Exports")
    @RolesAllowed(Roles.OFFICER)
    public static class Exports {

        @Inject
        ExportService exports;

        @Inject
        ExportJobs jobs;

        @Inject
        ThreeSixtyGiving giving;

        @Inject
        SecurityIdentity identity;

        @GET
        @Path("{kind: ranking|grants|open-calls|applications|recipients|payments|fstp-report}")
        @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
        @Operation(operationId = "exportTable",
                summary = "A table as CSV or XLSX (?format= or the Accept header), streamed: ranking (call, cutoff), "
                + "grants (call), open-calls (grant), applications (openCall or grant), recipients (grant), payments "
                + "(status), fstp-report (grant: the EU portal's FSTP report)")
        @Problems(notFound = "not_found", unprocessable = {"cutoff_required", "invalid_cutoff"})
        public Response table(@PathParam("kind") String kind,
                              @QueryParam("format") @Parameter(description = "csv or xlsx (case-insensitive); "
                                      + "without it, the Accept header decides",
                                      schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}))
                              String format,
                              @HeaderParam(HttpHeaders.ACCEPT) String accept, @QueryParam("call") String call,
                              @QueryParam("cutoff") String cutoff, @QueryParam("grant") String grant,
                              @QueryParam("openCall") String openCall,
                              @QueryParam("status") @Parameter(description = "payments: the orders in this status "
                                      + "(case-insensitive)", schema = @Schema(implementation = PaymentStatus.class))
                              String status) {
            ExportKind k = ExportKind.of(kind);
            Tabular.Format f = format(format, accept);
            Map<String, String> params = params(call, cutoff, grant, openCall, status);
            ExportService.Plan plan = exports.plan(k, params);
            StreamingOutput body = out -> QuarkusTransaction.requiringNew().run(() -> exports.run(plan, f, out,
                    total -> { }, done -> { }));
            return Response.ok(body, f.mediaType).header("Content-Disposition", "attachment; filename=\"" + kind + "."
                    + f.extension + "\"").build();
        }

        @POST
        @Path("jobs")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(operationId = "startExportJob",
                summary = "Start a long export in the background; follow its progress at the job")
        @APIResponse(responseCode = "202", description = "The job, started; Location names it",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
        @Problems(notFound = "not_found", unprocessable = {"cutoff_required", "invalid_cutoff", "invalid_export"})
        public Response start(JobRequest request) {
            JobRequest r = Requests.body(request);
            ExportKind k = r.kind() == null ? null : ExportKind.of(r.kind());
            if (k == null) {
                throw DomainException.ruleBroken("invalid_export", "unknown export", List.of(new Violation("kind",
                        "unknown_export", "one of " + List.of(ExportKind.values()).stream().map(x -> x.path).toList())));
            }
            JobView job = jobs.start(k, format(r.format(), null),
                    r.parameters() == null ? Map.of() : r.parameters(), identity.getPrincipal().getName());
            return Response.accepted(job).header("Location", "/api/exports/jobs/" + job.id()).build();
        }

        @GET
        @Path("jobs/{id}")
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(operationId = "getExportJob",
                summary = "An export job of the caller: rows done of the total, percent, and the file once done")
        public JobView job(@PathParam("id") String id) {
            return jobs.get(Requests.pathId(id, "export job"), identity.getPrincipal().getName());
        }

        @GET
        @Path("jobs/{id}/file")
        @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
        @Operation(operationId = "downloadExportFile",
                summary = "The file of a finished export job, for the officer who started it (kept for the "
                + "configured retention, then deleted)")
        @Problems(conflict = "export_not_ready")
        public Response file(@PathParam("id") String id) {
            return jobFile(jobs, Requests.pathId(id, "export job"), identity.getPrincipal().getName());
        }

        @GET
        @Path("360giving/grants")
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(operationId = "exportGrantsTo360Giving",
                summary = "360Giving Data Standard package of the grants awarded (all, or one call's)")
        @Problems(notFound = "not_found")
        public Response grants360(@QueryParam("call") String call) {
            return ExportResource.grants360(exports, giving, call);
        }

        @GET
        @Path("360giving/sme-awards")
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(operationId = "exportSmeAwardsTo360Giving",
                summary = "360Giving Data Standard package of the awards consortia made to SMEs (all, or one grant's)")
        @Problems(notFound = "not_found")
        public Response smeAwards360(@QueryParam("grant") String grant) {
            return ExportResource.smeAwards360(exports, giving, grant);
        }

        /** The parameters an export takes, blank ones left out (also the desk's form). */
        public static Map<String, String> params(String call, String cutoff, String grant, String openCall,
                                                  String status) {
            Map<String, String> p = new LinkedHashMap<>();
            put(p, "call", call);
            put(p, "cutoff", cutoff);
            put(p, "grant", grant);
            put(p, "openCall", openCall);
            put(p, "status", status);
            return p;
        }

        private static void put(Map<String, String> p, String key, String value) {
            if (value != null && !value.isBlank()) {
                p.put(key, value.trim());
            }
        }
    }

    /** The file of a finished job of {@code user}, streamed (also the desk's download: one rule of who has it). */
    public static Response jobFile(ExportJobs jobs, Long id, String user) {
        FileView file = jobs.file(id, user);
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().run(() -> jobs.writeFile(file, out));
        return Response.ok(body, file.contentType()).header("Content-Length", file.size())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }

    /** The 360Giving package of the grants awarded, all or one call's ({@code call} blank: all; unknown: 404). */
    public static Response grants360(ExportService exports, ThreeSixtyGiving giving, String call) {
        String identifier = call == null || call.isBlank() ? null : call.trim();
        if (identifier != null) {
            exports.requireCall(identifier);
        }
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().run(() -> giving.grants(identifier, out));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    /** The 360Giving package of the awards consortia made to SMEs, all or one grant's. */
    public static Response smeAwards360(ExportService exports, ThreeSixtyGiving giving, String grant) {
        Long g = grant == null || grant.isBlank() ? null : exports.requireGrant(grant);
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().run(() -> giving.smeAwards(g, out));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    /** csv or xlsx (case-insensitive), else the Accept header; another format is a 400. */
    public static Tabular.Format format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            try {
                return Tabular.Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.malformed("invalid_query_parameter", "format is csv or xlsx",
                        List.of(new Violation("format", "invalid_query_parameter", "csv or xlsx")));
            }
        }
        return accept != null && accept.contains("spreadsheetml") ? Tabular.Format.XLSX : Tabular.Format.CSV;
    }

    @Path("/api/payments/batches/{batch}/sepa")
    @Tag(name = "Exports")
    public static class Sepa {

        @Inject
        SepaExport sepa;

        @Inject
        SecurityIdentity identity;

        @GET
        @Produces(MediaType.APPLICATION_XML)
        @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
        @Operation(operationId = "downloadSepaFile",
                summary = "The SEPA credit-transfer file (pain.001.001.03) of a batch of approved payment orders "
                + "(the paying side); exported once, a re-export returns the same file")
        public Response file(@PathParam("batch") String batch) {
            String xml = sepa.export(batch, identity.getPrincipal().getName(), identity.hasRole(Roles.OFFICER));
            return Response.ok(xml, MediaType.APPLICATION_XML).header("Content-Disposition",
                    "attachment; filename=\"" + batch + ".xml\"").build();
        }
    }
}
