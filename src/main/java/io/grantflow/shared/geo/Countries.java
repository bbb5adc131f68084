package io.grantflow.shared.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes and the country groups the programmes use. */
public final class Countries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** The 27 EU Member States. */
    public static final List<String> EU = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** Non-EU countries associated to the Single Market Programme (COSME strand), as in recent calls. */
    public static final List<String> SMP_ASSOCIATED = List.of("IS", "NO", "LI", "AL", "BA", "ME", "MK", "RS",
            "UA", "MD", "XK");

    private Countries() {
    }

    public static boolean isIso(String code) {
        return code != null && (ISO.contains(code) || "XK".equals(code));
    }

    public static List<String> euAndSmpAssociated() {
        return java.util.stream.Stream.concat(EU.stream(), SMP_ASSOCIATED.stream()).toList();
    }
}
