package io.grantflow.documents.web;

import io.grantflow.documents.api.DocumentResource;
import io.grantflow.documents.api.DocumentView;
import io.grantflow.documents.application.DocumentOwner;
import io.grantflow.documents.application.DocumentQueries;
import io.grantflow.documents.application.DocumentUploads;
import io.grantflow.documents.application.DocumentsConfig;
import io.grantflow.documents.domain.OwnerRef;
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
import io.quarkus.qute.TemplateInstance;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The documents page of an owner ({@code /my/documents?owner=type:id}, docs/web.md): its documents with their
 * download links ({@code /my/documents/{id}/content}: a page session does not authenticate {@code /api}) and, for
 * those who may add one now ({@link DocumentUploads#mayUpload}), the upload form (multipart, with the page's CSRF
 * token). The same services as {@code /api/documents}: the same readers (anyone else gets the 404 page), the same
 * refusals (413, 415, 422, 409, 503), shown in the page with the status the API answers, every problem at once, in
 * the reader's language. A successful upload redirects back to the page (303) with {@code ?done=uploaded}.
 */
@Path("/my/documents")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DocumentPages {

    /** Documents per page of the list. */
    static final int PAGE_SIZE = 50;

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentsConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("documents/documents.html")
    Template template;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("owner") String owner, @QueryParam("page") String page,
                                 @QueryParam("done") String done) {
        return render(ref(owner), page, "uploaded".equals(done), List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@RestForm("owner") String owner, @RestForm("file") FileUpload file) {
        OwnerRef ref = ref(owner);
        try {
            uploads.upload(owner, file == null || file.fileName() == null || file.fileName().isEmpty() && file.size() == 0
                    ? null : new DocumentUploads.ReceivedFile(file.uploadedFile(), file.fileName(), file.size()), actor());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e; // not a form problem: the owner's 404 page
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), render(ref, null, false, e.violationsOr("file")));
        }
        return Response.seeOther(URI.create("/my/documents?owner=" + URLEncoder.encode(ref.toString(),
                StandardCharsets.UTF_8) + "&done=uploaded")).build();
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response content(@PathParam("id") String id) {
        long document;
        try {
            document = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("document", id);
        }
        return DocumentResource.send(queries, queries.download(document, actor()));
    }

    private TemplateInstance render(OwnerRef owner, String page, boolean uploaded, List<Violation> problems) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        if (!v.isEmpty()) {
            request = PageRequest.first(PAGE_SIZE);
        }
        Page<DocumentView> found = queries.list(owner, request, actor()); // 404 for anyone who may not read the owner
        DocumentOwner o = queries.ownerOf(owner);
        return pages.render(template.data("page", new DocumentsPage(owner.toString(), owner.type(), o.title(owner.id()),
                o.pagePath(owner.id()), found.items(), Paging.of(found, "/my/documents", Map.of("owner", owner.toString())),
                uploads.mayUpload(owner, actor()), uploaded, problems, config.maxSize().asLongValue())));
    }

    /** The owner named by the page's address or form; one that names none has no page (404). */
    private static OwnerRef ref(String owner) {
        OwnerRef ref = owner == null ? null : OwnerRef.parse(owner.strip());
        if (ref == null) {
            throw DomainException.notFound("owner", String.valueOf(owner));
        }
        return ref;
    }

    private DocumentOwner.Actor actor() {
        return new DocumentOwner.Actor(identity.getPrincipal().getName(), identity.hasRole(Roles.OFFICER));
    }
}
