package io.grantflow.documents.api;

import io.grantflow.documents.domain.Document;

import java.time.Instant;

/**
 * A document's description: its owner, name, type found in its content, size, SHA-256, uploader and time, and the
 * owner's version when it was added ({@code ownerVersion}: a proposal's versions submitted by then; null for owners
 * without versions).
 */
public record DocumentView(Long id, String owner, String fileName, String mediaType, long size, String sha256,
                           String uploadedBy, Instant uploadedAt, Integer ownerVersion, String content) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id, d.owner().toString(), d.fileName, d.mediaType, d.size, d.sha256, d.uploadedBy,
                d.uploadedAt, d.ownerVersion, "/api/documents/" + d.id + "/content");
    }
}
