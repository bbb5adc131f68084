package io.grantflow.organisations.domain;

/** The types of organisation a call's eligibility rules can ask for. */
public enum OrganisationType {
    CLUSTER_ORGANISATION,
    SME,
    LARGE_ENTERPRISE,
    RESEARCH_ORGANISATION,
    PUBLIC_BODY,
    BUSINESS_SUPPORT_ORGANISATION,
    OTHER
}
