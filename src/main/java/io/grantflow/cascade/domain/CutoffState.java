package io.grantflow.cascade.domain;

/** Where a cut-off of an open call stands at a given instant. */
public enum CutoffState {
    /** Takes applications now. */
    OPEN,
    /** Opens when the one before it closes. */
    UPCOMING,
    /** Closed; its unused budget stays until the consortium carries it over. */
    CLOSED,
    /** Closed, and its unused budget was carried to the next cut-off. */
    CARRIED_OVER
}
