package io.grantflow.proposals.domain;

/** The role of an organisation in a consortium. */
public enum PartnerRole {
    COORDINATOR,
    PARTNER,
    AFFILIATED_ENTITY,
    ASSOCIATED_PARTNER
}
