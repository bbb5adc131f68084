package io.grantflow.calls.domain;

/** Kinds of activity used to tag calls, proposals and SMEs. */
public enum Activity {
    CONNECT_ECOSYSTEMS,
    VALUE_CHAIN_COLLABORATION,
    INNOVATION_UPTAKE,
    SME_INTERNATIONALISATION,
    SCALING_UP,
    SKILLS,
    CAPACITY_BUILDING,
    MOBILITY,
    DIGITALISATION,
    GREEN_CIRCULAR_ECONOMY,
    SOCIAL_ECONOMY
}
