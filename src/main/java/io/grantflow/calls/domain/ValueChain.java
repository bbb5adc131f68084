package io.grantflow.calls.domain;

/** Industrial ecosystems / value chains used to tag calls, proposals and SMEs. */
public enum ValueChain {
    MOBILITY,           // connected, clean and autonomous vehicles
    SMART_HEALTH,
    LOW_CARBON_INDUSTRY,
    HYDROGEN,
    INDUSTRIAL_IOT,
    CYBERSECURITY,
    BATTERIES,
    MICROELECTRONICS,
    HIGH_PERFORMANCE_COMPUTING,
    AGRO_FOOD,
    ENERGY,
    DUAL_USE_DEFENCE,
    SPACE
}
