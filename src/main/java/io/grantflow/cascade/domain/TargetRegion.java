package io.grantflow.cascade.domain;

import java.util.List;

/**
 * The regions beyond the EU an internationalisation open call may target instead of (or beside) single third
 * countries, each with the countries (ISO 3166-1 alpha-2) it is taken to cover: a search for a country finds the
 * open calls targeting its region, and a search for a region finds those targeting one of its countries
 * ({@link TargetMarkets#related}). The EU's own groups (Western Balkans, Eastern Partnership) follow the EU's lists.
 */
public enum TargetRegion {
    NORTH_AMERICA(List.of("US", "CA", "MX")),
    LATIN_AMERICA(List.of("AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "NI", "PA", "PE", "PY",
            "SV", "UY", "VE")),
    ASIA_PACIFIC(List.of("AU", "BD", "CN", "HK", "ID", "IN", "JP", "KR", "MY", "NZ", "PH", "SG", "TH", "TW", "VN")),
    CENTRAL_ASIA(List.of("KZ", "KG", "TJ", "TM", "UZ")),
    MIDDLE_EAST(List.of("AE", "BH", "IL", "IQ", "JO", "KW", "LB", "OM", "QA", "SA")),
    AFRICA(List.of("AO", "CI", "CM", "DZ", "EG", "ET", "GH", "KE", "MA", "NG", "RW", "SN", "TN", "TZ", "UG", "ZA")),
    WESTERN_BALKANS(List.of("AL", "BA", "ME", "MK", "RS", "XK")),
    EASTERN_PARTNERSHIP(List.of("AM", "AZ", "GE", "MD", "UA")),
    /** Europe beyond the EU, the Western Balkans and the Eastern Partnership. */
    REST_OF_EUROPE(List.of("CH", "GB", "IS", "LI", "NO", "TR"));

    private final List<String> countries;

    TargetRegion(List<String> countries) {
        this.countries = countries;
    }

    /** The countries this region is taken to cover. */
    public List<String> countries() {
        return countries;
    }
}
