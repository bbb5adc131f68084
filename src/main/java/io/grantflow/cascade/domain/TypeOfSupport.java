package io.grantflow.cascade.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an open call gives, as SMEs name it when they look for one; each is paid through an {@link Instrument}.
 * Derived from the instrument ({@link #derivedFrom}); an open call declares it only for what the instrument
 * cannot tell, an in-kind service ({@link #allowedWith}).
 */
public enum TypeOfSupport {
    /** A voucher for travel, B2B meetings, trade fairs or missions: instruments VOUCHER and TRAVEL_VOUCHER. */
    VOUCHER("Voucher", "travel, B2B meetings, trade fairs, missions"),
    /**
     * A lump sum for knowledge, consultancy, product development, internationalisation or training:
     * FIXED_LUMP_SUM and LUMP_SUM_UP_TO.
     */
    LUMP_SUM("Lump sum", "knowledge, consultancy, product development, internationalisation, training"),
    /**
     * A service given in kind (coaching, mentoring), its value counted as support to the SME: declared on a
     * VOUCHER, FIXED_LUMP_SUM or LUMP_SUM_UP_TO open call.
     */
    IN_KIND_SERVICE("In-kind service", "coaching, mentoring"),
    /** A ClusterXchange exchange visit, paid as the host country's lump sum: CLUSTERXCHANGE. */
    CLUSTERXCHANGE("ClusterXchange", "short exchange visits of cluster members");

    private final String label;
    private final String examples;

    TypeOfSupport(String label, String examples) {
        this.label = label;
        this.examples = examples;
    }

    public String label() {
        return label;
    }

    /** What it is typically for, in English. */
    public String examples() {
        return examples;
    }

    /** The type of support an instrument gives when the open call declares none. */
    public static TypeOfSupport derivedFrom(Instrument instrument) {
        return switch (instrument) {
            case VOUCHER, TRAVEL_VOUCHER -> VOUCHER;
            case FIXED_LUMP_SUM, LUMP_SUM_UP_TO -> LUMP_SUM;
            case CLUSTERXCHANGE -> CLUSTERXCHANGE;
        };
    }

    /** The types an open call of this instrument may declare: the derived one, and in kind where an amount is paid. */
    public static Set<TypeOfSupport> allowedWith(Instrument instrument) {
        TypeOfSupport derived = derivedFrom(instrument);
        return switch (instrument) {
            case VOUCHER, FIXED_LUMP_SUM, LUMP_SUM_UP_TO -> EnumSet.of(derived, IN_KIND_SERVICE);
            case TRAVEL_VOUCHER, CLUSTERXCHANGE -> EnumSet.of(derived);
        };
    }

    /** The type of an open call: the declared one, else the instrument's. */
    public static TypeOfSupport of(Instrument instrument, TypeOfSupport declared) {
        return declared == null ? derivedFrom(instrument) : declared;
    }
}
