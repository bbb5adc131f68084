package io.grantflow.documents.application;

import io.grantflow.documents.api.DocumentView;
import io.grantflow.documents.domain.ContentSniffer;
import io.grantflow.documents.domain.ContentType;
import io.grantflow.documents.domain.Document;
import io.grantflow.documents.domain.FileNamePolicy;
import io.grantflow.documents.domain.OwnerRef;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Uploads a document (API {@code POST /api/documents} and the documents page): the file arrives as a temporary
 * file on disk (the HTTP layer's multipart parser), never whole in memory. Refusals come in this order and write
 * nothing: 422 {@code invalid_document} with every problem of the form (owner, file, file name), 413
 * {@code document_too_large}, 415 {@code unsupported_document_type} (by content, {@link ContentSniffer}), the virus
 * scan if one is configured ({@link VirusScanner}), then, in the storing transaction, the owner's own rule
 * ({@link DocumentOwner#requireWritable}: 404 for strangers, 409 {@code document_owner_submitted}).
 */
@ApplicationScoped
public class DocumentUploads {

    /** A file as the HTTP layer received it: where it lies, the name the client gave, its size in bytes. */
    public record ReceivedFile(Path path, String fileName, long size) {
    }

    @Inject
    DocumentOwners owners;

    @Inject
    DocumentsConfig config;

    @Inject
    VirusScanner scanner;

    @Inject
    DocumentContent content;

    @Inject
    Clock clock;

    public DocumentView upload(String owner, ReceivedFile file, DocumentOwner.Actor actor) {
        Violations v = new Violations();
        OwnerRef ref = owners.parse(owner, "owner", "invalid_owner", v);
        if (file == null) {
            v.add("file", "required", "send the document as the multipart part 'file'");
        } else {
            FileNamePolicy.check(file.fileName(), v);
            v.check(file.size() == 0, "file", "empty_file", "the file is empty");
        }
        v.throwIfAny("invalid_document", "the upload cannot be taken as it is");
        long max = config.maxSize().asLongValue();
        if (file.size() > max) {
            throw DomainException.tooLarge("document_too_large", "a document is at most " + max + " bytes; this one has "
                    + file.size() + ". Nothing was written");
        }
        ContentType type = detect(file.path());
        String sha256 = DocumentContent.sha256(file.path());
        scanner.scan(file.path());
        return store(ref, file, type, sha256, actor);
    }

    private static ContentType detect(Path file) {
        try {
            return ContentSniffer.detect(file).orElseThrow(() -> DomainException.unsupportedType(
                    "unsupported_document_type", "the file's content is none of the allowed types: "
                            + ContentType.allowed() + ". Nothing was written"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code actor} may add documents to {@code owner} now (the documents page shows its form then): the
     * owner's rule asked in a transaction of its own, which writes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean mayUpload(OwnerRef owner, DocumentOwner.Actor actor) {
        try {
            owners.of(owner).requireWritable(owner.id(), actor);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    DocumentView store(OwnerRef ref, ReceivedFile file, ContentType type, String sha256, DocumentOwner.Actor actor) {
        DocumentOwner owner = owners.of(ref);
        owner.requireWritable(ref.id(), actor);
        int chunkSize = (int) config.chunkSize().asLongValue();
        Document d = Document.uploaded(ref, file.fileName(), type, file.size(), sha256, chunkSize,
                owner.version(ref.id()), actor.user(), clock.instant());
        d.persistAndFlush();
        content.write(d.id, file.path(), chunkSize);
        return DocumentView.of(d);
    }
}
