package io.grantflow.organisations.domain;

import io.grantflow.shared.problem.Violations;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * An organisation's region as Eurostat's NUTS 2 classification codes it: the country's two-letter NUTS code and two
 * letters or digits ({@code ITC4} Lombardy, {@code BE10} Brussels, {@code EL30} Attica). The NUTS country code is
 * the ISO code except for Greece ({@code EL}); countries without NUTS regions use the same form (their statistical
 * regions). Optional: where none is given, the KPIs count the organisation by its country.
 */
public final class NutsRegion {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}[A-Z0-9]{2}");
    /** Where the NUTS country code differs from the ISO 3166-1 code. */
    private static final Map<String, String> NUTS_COUNTRY = Map.of("GR", "EL");

    private NutsRegion() {
    }

    /** The NUTS country code of an ISO 3166-1 alpha-2 country code. */
    public static String nutsCountry(String isoCountry) {
        return NUTS_COUNTRY.getOrDefault(isoCountry, isoCountry);
    }

    /** Adds to {@code v} what is wrong with {@code region} of an organisation in {@code country} (null: none). */
    public static void check(String region, String country, Violations v) {
        if (region == null) {
            return;
        }
        boolean form = FORM.matcher(region).matches();
        v.check(!form, "region", "invalid_region", "a NUTS 2 code such as ITC4 (4 capitals or digits)");
        v.check(form && country != null && !region.startsWith(nutsCountry(country)), "region", "region_not_in_country",
                "a region of " + country + " begins with " + nutsCountry(country));
    }
}
