package io.grantflow.audit.web;

import io.grantflow.audit.api.AuditRecordView;
import io.grantflow.audit.api.Verification;
import io.grantflow.audit.application.AuditService;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * The audit trail of one object ({@code ?object=type:id}, as {@code GET /api/audit} takes it): its records, one page
 * at a time, with who, when and what changed, and the verification of the hash chains ({@link AuditService#verify},
 * as {@code GET /api/audit/verify}) in words: the whole trail, and this object's chain.
 */
@Path("/desk/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class AuditDeskPages {

    static final int PAGE_SIZE = 20;

    /** One record as the page shows it: the record and its changes field by field. */
    public record Row(AuditRecordView record, List<AuditChanges.Change> changes) {
    }

    /**
     * The page: the object asked for (as typed), why it cannot be read, its records, and the verification (null
     * before an object is asked for) with this object's problems.
     */
    public record Trail(String object, List<Violation> problems, List<Row> records, Paging paging,
                        Verification verification, List<Verification.Problem> ofObject) {
        public String types() {
            return String.join(", ", AuditService.OBJECT_TYPES.stream().sorted().toList());
        }

        public boolean shown() {
            return verification != null;
        }
    }

    @Inject
    AuditService audit;

    @Inject
    Pages pages;

    @Inject
    @Location("audit/trail.html")
    Template trailPage;

    @GET
    @Operation(hidden = true)
    public Response trail(@QueryParam("object") String object, @QueryParam("page") String page) {
        if (object == null || object.isBlank()) {
            return Pages.respond(200, render(new Trail("", List.of(), List.of(), null, null, List.of())));
        }
        String asked = object.strip();
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        try {
            Page<AuditRecordView> records = audit.of(asked, v.isEmpty() ? request : PageRequest.first(PAGE_SIZE));
            Verification verification = audit.verify();
            List<Verification.Problem> ofObject = verification.problems().stream()
                    .filter(p -> asked.equals(p.object())).toList();
            return Pages.respond(200, render(new Trail(asked, List.of(),
                    records.items().stream().map(r -> new Row(r, AuditChanges.of(r.operation(), r.changes()))).toList(),
                    Paging.of(records, "/desk/audit", Map.of("object", asked)), verification, ofObject)));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            List<Violation> problems = e.violationsOr("object");
            return Pages.respond(ProblemMappers.toProblem(e).status(),
                    render(new Trail(asked, problems, List.of(), null, null, List.of())));
        }
    }

    private io.quarkus.qute.TemplateInstance render(Trail trail) {
        return pages.render(trailPage.data("trail", trail));
    }
}
