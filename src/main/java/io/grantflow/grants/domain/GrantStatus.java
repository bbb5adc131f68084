package io.grantflow.grants.domain;

/**
 * A grant's life: offered at the award, then signed by the coordinator or declined; a signed grant may be
 * terminated, or is closed when its final report is settled.
 */
public enum GrantStatus {
    OFFERED,
    SIGNED,
    DECLINED,
    TERMINATED,
    CLOSED
}
