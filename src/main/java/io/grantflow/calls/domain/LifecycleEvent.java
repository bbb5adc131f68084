package io.grantflow.calls.domain;

/** What the call-lifecycle process records, each once: opening, each deadline's batch closing, the call closing. */
public enum LifecycleEvent {
    OPENED,
    BATCH_CLOSED,
    CLOSED
}
