package io.grantflow.cascade.domain;

import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.problem.Violations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The markets an internationalisation open call targets: third countries (ISO 3166-1 alpha-2 codes of countries
 * outside the EU) and {@link TargetRegion regions}, in any mix. An EU Member State is not a target market (the
 * single market is not "international"); an unknown code is refused; every problem is reported at once.
 */
public final class TargetMarkets {

    /** The most target markets one open call lists. */
    public static final int MAX = 40;

    private TargetMarkets() {
    }

    /** Whether {@code code} names a region of {@link TargetRegion}. */
    public static boolean isRegion(String code) {
        return code != null && Arrays.stream(TargetRegion.values()).anyMatch(r -> r.name().equals(code));
    }

    /** Adds to {@code v} what is wrong with {@code markets}: unknown codes, EU Member States, too many. */
    public static void check(List<String> markets, String field, Violations v) {
        if (markets == null) {
            return;
        }
        v.check(markets.size() > MAX, field, "too_many", "at most " + MAX + " target markets");
        for (int i = 0; i < markets.size(); i++) {
            String m = markets.get(i);
            String f = field + "[" + i + "]";
            if (isRegion(m)) {
                continue;
            }
            boolean country = Countries.isIso(m);
            v.check(!country, f, "invalid_target_market",
                    "a third country (ISO 3166-1 alpha-2) or one of " + Arrays.toString(TargetRegion.values()));
            v.check(country && Countries.EU.contains(m), f, "not_a_third_country",
                    "a target market lies outside the EU; " + m + " is an EU Member State");
        }
    }

    /** The markets as stored: each once, in the order given. */
    public static String[] codes(List<String> markets) {
        return markets == null ? new String[0] : new LinkedHashSet<>(markets).toArray(String[]::new);
    }

    /** A query parameter as a market code: upper-case, trimmed; null when blank. */
    public static String normalise(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether a search may ask for {@code code}: a region, or any country (an EU one simply finds nothing). */
    public static boolean isKnown(String code) {
        return isRegion(code) || Countries.isIso(code);
    }

    /**
     * The target markets an open call may list to be found by a search for {@code code}: the code itself; for a
     * country also the regions covering it; for a region also its countries.
     */
    public static List<String> related(String code) {
        Set<String> out = new LinkedHashSet<>();
        out.add(code);
        for (TargetRegion r : TargetRegion.values()) {
            if (r.name().equals(code)) {
                out.addAll(r.countries());
            } else if (r.countries().contains(code)) {
                out.add(r.name());
            }
        }
        return new ArrayList<>(out);
    }
}
