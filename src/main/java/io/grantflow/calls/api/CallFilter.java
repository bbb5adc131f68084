package io.grantflow.calls.api;

import io.grantflow.calls.domain.CallStatus;

/** Filters of {@code GET /api/calls}; each is optional. */
public record CallFilter(CallStatus status, String programme, String tag, String text) {
}
