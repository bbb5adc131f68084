package io.grantflow.grants.domain;

/** A lump-sum grant's work package: PLANNED; DECLARED completed by the consortium; ACCEPTED or REJECTED by an officer. */
public enum WorkPackageStatus {
    PLANNED,
    DECLARED,
    ACCEPTED,
    REJECTED
}
