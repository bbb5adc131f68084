package io.grantflow.calls.domain;

import java.util.List;

/** "At least {@code min} partners from one of these countries", e.g. at least one Ukrainian partner. */
public record RequiredCountries(String label, List<String> countries, int min) {
}
