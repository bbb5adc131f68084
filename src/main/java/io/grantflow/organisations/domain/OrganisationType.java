package io.grantflow.organisations.domain;

/**
 * The types of organisation a call's eligibility rules can ask for, and by which the KPIs count the organisations
 * supported (the Single Market Programme's clusters, business networks and business-support organisations).
 */
public enum OrganisationType {
    CLUSTER_ORGANISATION,
    SME,
    LARGE_ENTERPRISE,
    RESEARCH_ORGANISATION,
    PUBLIC_BODY,
    BUSINESS_SUPPORT_ORGANISATION,
    /** A network of enterprises (e.g. a chamber's or a sector's network) that is not a cluster organisation. */
    BUSINESS_NETWORK,
    OTHER;

    /**
     * Whether registering this type is a claim an officer validates before any rule counts it (see
     * {@link OrganisationTypeClaim}). An enterprise's size is not claimed: its SME category is a
     * self-assessment computed from the declared figures, as in the EU portal.
     */
    public boolean isClaim() {
        return this != SME && this != LARGE_ENTERPRISE;
    }
}
