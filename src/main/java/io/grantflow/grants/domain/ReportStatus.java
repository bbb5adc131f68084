package io.grantflow.grants.domain;

/**
 * A version of a periodic report: a DRAFT the consortium writes; SUBMITTED to the officer; INFORMATION_REQUESTED
 * (the payment deadline suspended until the consortium answers); REJECTED (the consortium corrects a new version);
 * ACCEPTED (the period's payment follows).
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    INFORMATION_REQUESTED,
    REJECTED,
    ACCEPTED
}
