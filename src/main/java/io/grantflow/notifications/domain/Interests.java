package io.grantflow.notifications.domain;

import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.sector.Sectors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a person wants to hear about when an open call opens: countries (ISO codes), sectors (industrial
 * ecosystems, {@link Sectors}) and types of support (the open calls' taxonomy). An open call matches when a
 * country matches or it is eligible everywhere, a sector matches or it names none, and its type of support
 * is chosen; an empty list chooses any. Interests with nothing chosen match nothing (the person chose not to
 * be told).
 */
public record Interests(List<String> countries, List<String> sectors, List<String> supportTypes) {

    public static final Interests NONE = new Interests(List.of(), List.of(), List.of());

    public Interests {
        countries = countries == null ? List.of() : List.copyOf(countries);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        supportTypes = supportTypes == null ? List.of() : List.copyOf(supportTypes);
    }

    public boolean isEmpty() {
        return countries.isEmpty() && sectors.isEmpty() && supportTypes.isEmpty();
    }

    /**
     * Every problem at once: {@code unknown_country}/{@code duplicate_country}, {@code unknown_sector}/
     * {@code duplicate_sector}, {@code unknown_support_type}/{@code duplicate_support_type}, each beside its index.
     */
    public static void check(List<String> countries, List<String> sectors, List<String> supportTypes,
                             Set<String> knownSupportTypes, Violations v) {
        checkEach(countries, "countries", "country", Countries::isIso,
                c -> "'" + c + "' is not an ISO 3166-1 alpha-2 country code", v);
        Sectors.check(sectors, "sectors", v);
        checkEach(supportTypes, "supportTypes", "support_type", knownSupportTypes::contains,
                t -> "'" + t + "' is not a type of support; types are " + String.join(", ", knownSupportTypes.stream().sorted().toList()), v);
    }

    private static void checkEach(List<String> values, String field, String what, Predicate<String> known,
                                  java.util.function.Function<String, String> unknownMessage, Violations v) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String at = field + "[" + i + "]";
            if (value == null || !known.test(value)) {
                v.add(at, "unknown_" + what, unknownMessage.apply(value));
            } else {
                v.check(!seen.add(value), at, "duplicate_" + what, value + " is listed twice");
            }
        }
    }
}
