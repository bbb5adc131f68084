package io.grantflow.exports.web;

import io.grantflow.exports.api.ExportResource;
import io.grantflow.exports.api.JobView;
import io.grantflow.exports.application.ExportJobs;
import io.grantflow.exports.application.ExportKind;
import io.grantflow.exports.application.ExportService;
import io.grantflow.exports.application.ThreeSixtyGiving;
import io.grantflow.payments.domain.PaymentStatus;
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

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officer's exports: the form that starts a table export as a background job ({@link ExportJobs#start}, the
 * API's service, with the form's idempotency key so that a double click starts one job), the officer's jobs with
 * their status and progress and the file once done, and the 360Giving packages. Downloads take the same rules as
 * {@code /api/exports} ({@link ExportResource#jobFile}, {@link ExportResource#grants360}), with the page's session.
 */
@Path("/desk/exports")
@RolesAllowed(Roles.OFFICER)
public class ExportDeskPages {

    static final int PAGE_SIZE = 20;

    /** The form's fields, as posted (and shown again when refused). */
    public static class Fields {
        @FormParam("key") String key;
        @FormParam("kind") String kind;
        @FormParam("format") String format;
        @FormParam("call") String call;
        @FormParam("cutoff") String cutoff;
        @FormParam("grant") String grant;
        @FormParam("openCall") String openCall;
        @FormParam("status") String status;

        ExportForm form() {
            return new ExportForm(key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip(), kind,
                    format, call, cutoff, grant, openCall, status);
        }
    }

    /** What the form holds: the idempotency key made when it was first shown, the table, format and parameters. */
    public record ExportForm(String key, String kind, String format, String call, String cutoff, String grant,
                             String openCall, String status) {
        static ExportForm blank() {
            return new ExportForm(UUID.randomUUID().toString(), ExportKind.GRANTS.path, "CSV", null, null, null, null,
                    null);
        }
    }

    /** Why the export was refused: the problem's code and its violations. */
    public record Refused(String code, List<Violation> problems) {
    }

    /** The page: the form, a refusal, the officer's jobs (one page), the job just started. */
    public record Desk(ExportForm form, Refused refused, List<JobView> jobs, Paging paging, Long started) {
        public boolean running() {
            return jobs.stream().anyMatch(j -> "RUNNING".equals(j.status()));
        }

        public List<String> kinds() {
            return Arrays.stream(ExportKind.values()).map(k -> k.path).toList();
        }

        public List<String> statuses() {
            return Arrays.stream(PaymentStatus.values()).map(Enum::name).toList();
        }
    }

    @Inject
    ExportJobs jobs;

    @Inject
    ExportService exports;

    @Inject
    ThreeSixtyGiving giving;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("exports/desk.html")
    Template deskPage;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance desk(@QueryParam("page") String page, @QueryParam("started") String started) {
        Long job = null;
        try {
            job = started == null ? null : Long.valueOf(started.strip());
        } catch (NumberFormatException e) {
            // an address the page did not make: no notice
        }
        return page(ExportForm.blank(), null, page, job);
    }

    /** Starts the export; back to the page, which names the job, or the form as typed with why not. */
    @POST
    @Path("jobs")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response start(@BeanParam Fields fields) {
        ExportForm form = fields.form();
        try {
            ExportKind kind = ExportKind.of(form.kind() == null ? "" : form.kind().strip());
            if (kind == null) {
                throw DomainException.ruleBroken("invalid_export", "unknown export",
                        List.of(new Violation("kind", "unknown_export", "choose a table")));
            }
            JobView job = jobs.start(kind, ExportResource.format(form.format(), null), ExportResource.Exports.params(
                    form.call(), form.cutoff(), form.grant(), form.openCall(), form.status()), user(), form.key());
            return Response.seeOther(URI.create("/desk/exports?started=" + job.id())).build();
        } catch (DomainException e) {
            List<Violation> problems = e.violations().isEmpty() || "idempotency_key_mismatch".equals(e.code())
                    ? List.of(new Violation("parameters", e.code(), e.getMessage())) : e.violations();
            // this form started another export (sent again after a change): a new key, so sending it now is knowingly a new one
            ExportForm again = "idempotency_key_mismatch".equals(e.code()) ? new ExportForm(UUID.randomUUID().toString(),
                    form.kind(), form.format(), form.call(), form.cutoff(), form.grant(), form.openCall(), form.status())
                    : form;
            return Pages.respond(ProblemMappers.toProblem(e).status(), page(again, new Refused(e.code(), problems),
                    null, null));
        }
    }

    @GET
    @Path("jobs/{id}/file")
    @Operation(hidden = true)
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response file(@PathParam("id") String id) {
        return ExportResource.jobFile(jobs, Requests.pathId(id, "export job"), user());
    }

    @GET
    @Path("360giving/grants")
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public Response grants360(@QueryParam("call") String call) {
        return attachment(ExportResource.grants360(exports, giving, call), "360giving-grants.json");
    }

    @GET
    @Path("360giving/sme-awards")
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public Response smeAwards360(@QueryParam("grant") String grant) {
        return attachment(ExportResource.smeAwards360(exports, giving, grant), "360giving-sme-awards.json");
    }

    private static Response attachment(Response package360, String name) {
        return Response.fromResponse(package360).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private TemplateInstance page(ExportForm form, Refused refused, String page, Long started) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        Page<JobView> mine = jobs.mine(user(), v.isEmpty() ? request : PageRequest.first(PAGE_SIZE));
        return pages.render(deskPage.data("desk", new Desk(form, refused, mine.items(),
                Paging.of(mine, "/desk/exports", Map.of()), started)));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
