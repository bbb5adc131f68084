package io.grantflow.exports.web;

import io.grantflow.exports.application.SepaExport;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The SEPA file of an approved batch, downloaded from the desk's batch page (the signed-in person's session, where
 * {@code GET /api/payments/batches/{batch}/sepa} takes a bearer token): the same {@link SepaExport}, so the same
 * file and the same rule of who may have it.
 */
@Path("/desk/payments/batches/{batch}/sepa")
public class SepaDownload {

    @Inject
    SepaExport sepa;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
    public Response file(@PathParam("batch") String batch) {
        String xml = sepa.export(batch, identity.getPrincipal().getName(), identity.hasRole(Roles.OFFICER));
        return Response.ok(xml, MediaType.APPLICATION_XML).header("Content-Disposition",
                "attachment; filename=\"" + batch + ".xml\"").build();
    }
}
