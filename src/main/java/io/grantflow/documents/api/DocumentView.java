package io.grantflow.documents.api;

import io.grantflow.documents.domain.Document;

import java.time.Instant;

/** A document's description: its owner, name, type found in its content, size, SHA-256, uploader and time. */
public record DocumentView(Long id, String owner, String fileName, String mediaType, long size, String sha256,
                           String uploadedBy, Instant uploadedAt, String content) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id, d.owner().toString(), d.fileName, d.mediaType, d.size, d.sha256, d.uploadedBy,
                d.uploadedAt, "/api/documents/" + d.id + "/content");
    }
}
