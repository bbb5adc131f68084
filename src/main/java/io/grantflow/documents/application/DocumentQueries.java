package io.grantflow.documents.application;

import io.grantflow.documents.api.DocumentView;
import io.grantflow.documents.domain.Document;
import io.grantflow.documents.domain.OwnerRef;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Reads documents: the list of an owner's, one document's description, and a download, each for exactly those
 * who can read the owner ({@link DocumentOwner#requireReadable}; anyone else: 404). A download is recorded before
 * its bytes are sent (a row of {@code document_download}, which the audit trail keeps in the document's chain).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentQueries {

    /** A download about to be sent: the description and how many chunks make the content. */
    public record Download(DocumentView document, long id, int chunkCount) {
    }

    @Inject
    DocumentOwners owners;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DocumentContent content;

    /** Where the documents' bytes are read from (the download streams them). */
    public DocumentContent content() {
        return content;
    }

    public Page<DocumentView> list(OwnerRef owner, PageRequest page, DocumentOwner.Actor actor) {
        owners.of(owner).requireReadable(owner.id(), actor);
        return Page.of(Document.pageOf(owner, page.offset(), page.size()).stream().map(DocumentView::of).toList(), page,
                Document.countOf(owner));
    }

    public DocumentView get(long id, DocumentOwner.Actor actor) {
        return DocumentView.of(readable(id, actor));
    }

    /** Checks the reader, records the download (audit trail) and tells what to send. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Download download(long id, DocumentOwner.Actor actor) {
        Document d = readable(id, actor);
        em.createNativeQuery("insert into grantflow.document_download (document_id, downloaded_by, downloaded_at) "
                        + "values (?1, ?2, ?3)")
                .setParameter(1, d.id).setParameter(2, actor.user()).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return new Download(DocumentView.of(d), d.id, d.chunkCount);
    }

    /** The owner's title and page, for the documents page (after {@link #list} checked the reader). */
    public DocumentOwner ownerOf(OwnerRef owner) {
        return owners.of(owner);
    }

    private Document readable(long id, DocumentOwner.Actor actor) {
        Document d = Document.<Document>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("document", id));
        owners.of(d.owner()).requireReadable(d.ownerId, actor);
        return d;
    }
}
