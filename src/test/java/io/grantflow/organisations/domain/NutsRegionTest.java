package io.grantflow.organisations.domain;

import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation's NUTS 2 region: four capitals or digits, beginning with its country's NUTS code. */
class NutsRegionTest {

    private static java.util.List<String> codes(String region, String country) {
        Violations v = new Violations();
        NutsRegion.check(region, country, v);
        return v.list().stream().map(Violation::code).toList();
    }

    @Test
    void aRegionOfTheOrganisationsCountryPasses() {
        assertThat(codes("ITC4", "IT")).isEmpty();
        assertThat(codes("BE10", "BE")).isEmpty();
        assertThat(codes("EL30", "GR")).as("Greece is EL in NUTS").isEmpty();
        assertThat(codes(null, "IT")).as("optional").isEmpty();
    }

    @Test
    void aMalformedRegionOrOneOfAnotherCountryIsRefused() {
        assertThat(codes("ITC", "IT")).containsExactly("invalid_region");
        assertThat(codes("itc4", "IT")).containsExactly("invalid_region");
        assertThat(codes("FR10", "IT")).containsExactly("region_not_in_country");
        assertThat(codes("GR30", "GR")).containsExactly("region_not_in_country");
    }
}
