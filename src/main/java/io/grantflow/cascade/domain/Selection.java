package io.grantflow.cascade.domain;

/** How applications are selected. */
public enum Selection {
    /** In the commit order of submissions, while the envelope lasts. */
    FIRST_COME_FIRST_SERVED,
    /** Scored and decided by the consortium. */
    EVALUATED
}
