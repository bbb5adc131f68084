package io.grantflow.documents.api;

import io.grantflow.documents.application.DocumentOwner;
import io.grantflow.documents.application.DocumentOwners;
import io.grantflow.documents.application.DocumentQueries;
import io.grantflow.documents.application.DocumentUploads;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;

/**
 * Documents of proposals, SME applications (and later reports and work packages): upload (multipart), list,
 * describe, download. Who may do what is the owner's rule ({@link DocumentOwner}); docs/documents.md.
 */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentOwners owners;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    @Operation(operationId = "uploadDocument", summary = "Upload a document to an owner (multipart/form-data: owner = "
            + "type:id such as proposal:12 or application:7, file = the document). At most 20 MB "
            + "(grantflow.documents.max-size); the type is found in the content: PDF, ODF, OOXML, PNG, JPEG, CSV. Who "
            + "may upload, and until when, is the owner's rule")
    @APIResponse(responseCode = "201", description = "The document's description; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @Problems(notFound = "not_found", conflict = DocumentOwner.OWNER_SUBMITTED, unprocessable = {"invalid_document", "document_infected"},
            tooLarge = "document_too_large", unsupportedType = "unsupported_document_type",
            unavailable = "document_scanner_unavailable")
    public Response upload(@RestForm("owner") String owner, @RestForm("file") FileUpload file) {
        DocumentView view = uploads.upload(owner, file == null ? null
                : new DocumentUploads.ReceivedFile(file.uploadedFile(), file.fileName(), file.size()), actor());
        return Response.created(URI.create("/api/documents/" + view.id())).entity(view).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listDocuments", summary = "The documents of an owner, oldest first; paginated")
    @Problems(notFound = "not_found")
    public Page<DocumentView> list(@QueryParam("owner") @Parameter(required = true,
                                           description = "type:id, e.g. proposal:12 or application:7") String owner,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return queries.list(owners.fromQuery(owner), request, actor());
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getDocument", summary = "A document's description: owner, name, type, size, SHA-256, "
            + "uploader and time")
    public DocumentView get(@PathParam("id") String id) {
        return queries.get(Requests.pathId(id, "document"), actor());
    }

    @GET
    @Path("{id}/content")
    @Produces({"application/pdf", "image/png", "image/jpeg", "text/csv", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.graphics",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation"})
    @Authenticated
    @Operation(operationId = "downloadDocumentContent", summary = "The document's bytes, as uploaded (an attachment; "
            + "ETag is the SHA-256); every download is recorded in the audit trail")
    @APIResponse(responseCode = "200", description = "The content, in its type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("id") String id) {
        return send(queries, queries.download(Requests.pathId(id, "document"), actor()));
    }

    /** The download's response: the bytes streamed chunk by chunk, as an attachment (also the pages' download). */
    public static Response send(DocumentQueries queries, DocumentQueries.Download download) {
        DocumentView d = download.document();
        StreamingOutput body = out -> queries.content().copy(download.id(), download.chunkCount(), out);
        return Response.ok(body).type(d.mediaType())
                .header("Content-Length", d.size())
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .header("ETag", "\"" + d.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private DocumentOwner.Actor actor() {
        return new DocumentOwner.Actor(identity.getPrincipal().getName(), identity.hasRole(Roles.OFFICER));
    }
}
