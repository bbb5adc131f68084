package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;

import java.util.List;

/** What a provider call's definition must satisfy; reports every violation ({@code invalid_provider_call}). */
public final class ProviderCallPolicy {

    /** Who may provide when the call does not say: organisations that sell such services. */
    public static final List<OrganisationType> DEFAULT_TYPES = List.of(OrganisationType.BUSINESS_SUPPORT_ORGANISATION,
            OrganisationType.RESEARCH_ORGANISATION, OrganisationType.CLUSTER_ORGANISATION, OrganisationType.SME);

    private ProviderCallPolicy() {
    }

    public static List<Violation> check(ProviderCallDefinition d) {
        Violations v = new Violations();
        if (v.required(d.title(), "title")) {
            v.maxLength(d.title(), "title", TextLimits.TITLE);
        }
        v.required(d.service(), "service");
        if (v.required(d.maxDayRate(), "maxDayRate")) {
            v.check(!d.maxDayRate().isPositive(), "maxDayRate", "must_be_positive", "more than EUR 0.00");
        }
        List<OrganisationType> types = d.providerTypes() == null ? List.of() : d.providerTypes();
        for (int i = 0; i < types.size(); i++) {
            String field = "providerTypes[" + i + "]";
            if (v.required(types.get(i), field)) {
                v.check(types.indexOf(types.get(i)) < i, field, "duplicate_provider_type", types.get(i) + " is listed twice");
            }
        }
        v.required(d.selection(), "selection");
        v.required(d.opensAt(), "opensAt");
        if (v.required(d.closesAt(), "closesAt") && d.opensAt() != null) {
            v.check(!d.closesAt().isAfter(d.opensAt()), "closesAt", "closes_before_opening", "closesAt is after opensAt");
        }
        return v.list();
    }
}
