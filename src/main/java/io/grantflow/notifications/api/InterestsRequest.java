package io.grantflow.notifications.api;

import java.util.List;

/**
 * A person's interests, replaced whole: countries (ISO 3166-1 alpha-2 codes), sectors (industrial-ecosystem
 * codes) and types of support (VOUCHER, LUMP_SUM, IN_KIND_SERVICE, CLUSTERXCHANGE); a missing or empty list
 * chooses any. Nothing chosen at all: no open call is announced.
 */
public record InterestsRequest(List<String> countries, List<String> sectors, List<String> supportTypes) {
}
