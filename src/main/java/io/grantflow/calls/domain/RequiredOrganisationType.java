package io.grantflow.calls.domain;

import io.grantflow.organisations.domain.OrganisationType;

/** "At least {@code min} partners of this type". */
public record RequiredOrganisationType(OrganisationType type, int min) {
}
