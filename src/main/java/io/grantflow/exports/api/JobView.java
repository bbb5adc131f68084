package io.grantflow.exports.api;

import java.time.Instant;

/** An export job: its progress, and its file once finished. */
public record JobView(Long id, String kind, String format, String status, Long totalRows, long doneRows,
                      int percent, String error, Instant createdAt, Instant finishedAt, Instant expiresAt,
                      String file) {
}
