package io.grantflow.audit.api;

import io.grantflow.audit.application.AuditService;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Roles.OFFICER)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(operationId = "listAuditRecords",
            summary = "The audit trail of one object (object=type:id, e.g. proposal:42): who changed what, when")
    public Page<AuditRecordView> of(@QueryParam("object") String object, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return audit.of(object, request);
    }

    @GET
    @Path("verify")
    @Operation(operationId = "verifyAuditTrail",
            summary = "Verify every hash chain of the audit trail; names each changed, missing or re-linked record")
    public Verification verify() {
        return audit.verify();
    }
}
