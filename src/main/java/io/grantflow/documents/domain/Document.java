package io.grantflow.documents.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * A file uploaded to an owning object ({@link OwnerRef}): its name, the media type found in its content, size,
 * SHA-256, who uploaded it and when. Never changed once written (the database refuses updates); its content
 * lives in {@code document_chunk}.
 */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_type", nullable = false)
    public String ownerType;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "chunk_count", nullable = false)
    public int chunkCount;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** The owner's version when it was added (a proposal: its versions submitted so far), or null. */
    @Column(name = "owner_version")
    public Integer ownerVersion;

    protected Document() {
    }

    /** A new document of {@code owner}, its content already checked ({@link ContentType}) and hashed. */
    public static Document uploaded(OwnerRef owner, String fileName, ContentType type, long size, String sha256,
                                    int chunkSize, Integer ownerVersion, String user, Instant now) {
        Document d = new Document();
        d.ownerType = owner.type();
        d.ownerId = owner.id();
        d.fileName = fileName;
        d.mediaType = type.mediaType();
        d.size = size;
        d.sha256 = sha256;
        d.chunkCount = (int) ((size + chunkSize - 1) / chunkSize);
        d.uploadedBy = user;
        d.uploadedAt = now;
        d.ownerVersion = ownerVersion;
        return d;
    }

    public OwnerRef owner() {
        return new OwnerRef(ownerType, ownerId);
    }

    public static long countOf(OwnerRef owner) {
        return count("ownerType = ?1 and ownerId = ?2", owner.type(), owner.id());
    }

    public static List<Document> pageOf(OwnerRef owner, int offset, int size) {
        return find("ownerType = ?1 and ownerId = ?2 order by uploadedAt, id", owner.type(), owner.id())
                .range(offset, offset + size - 1).list();
    }
}
