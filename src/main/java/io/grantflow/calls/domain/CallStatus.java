package io.grantflow.calls.domain;

/** Follows the call's instants: draft (not published) → forthcoming → open → closed. */
public enum CallStatus {
    DRAFT,
    FORTHCOMING,
    OPEN,
    CLOSED
}
