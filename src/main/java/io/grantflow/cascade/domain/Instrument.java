package io.grantflow.cascade.domain;

/** What an open call pays: a fixed amount, an amount up to a maximum, or a ClusterXchange lump sum from the host table. */
public enum Instrument {
    /** Up to the maximum. */
    VOUCHER,
    /** Exactly the fixed amount. */
    FIXED_LUMP_SUM,
    /** Up to the maximum. */
    LUMP_SUM_UP_TO,
    /** Up to the maximum. */
    TRAVEL_VOUCHER,
    /** From the host country's amount (at most EUR 1,100), halved for short or near exchanges. */
    CLUSTERXCHANGE;

    public boolean fixed() {
        return this == FIXED_LUMP_SUM;
    }
}
