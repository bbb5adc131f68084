package io.grantflow.audit.api;

import java.time.Instant;

/** One record of an object's audit chain. */
public record AuditRecordView(Long id, String object, int seq, String operation, String actor, Instant at,
                              Object changes, String hash) {
}
