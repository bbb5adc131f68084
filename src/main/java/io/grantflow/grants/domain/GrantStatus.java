package io.grantflow.grants.domain;

/** A grant's life: offered at the award, then signed by the coordinator or declined; a signed grant may be terminated. */
public enum GrantStatus {
    OFFERED,
    SIGNED,
    DECLINED,
    TERMINATED
}
