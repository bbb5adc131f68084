package io.grantflow.cascade.domain;

import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.grantflow.cascade.domain.OpenCallFixture.THIRD_PARTY_CAP;
import static io.grantflow.cascade.domain.OpenCallFixture.euroclustersDefinition;
import static org.assertj.core.api.Assertions.assertThat;

/** Target markets: third countries and regions, every problem at once; and what a search for one finds. */
class TargetMarketsTest {

    private static OpenCallDefinition targeting(List<String> markets) {
        OpenCallDefinition d = euroclustersDefinition();
        return new OpenCallDefinition(d.title(), d.description(), d.instrument(), d.budget(), d.fixedAmount(),
                d.minAmount(), d.maxAmount(), d.eligibleCountries(), d.sectors(), d.selection(), d.waitlist(),
                d.opensAt(), d.closesAt(), d.firstTranchePercent(), d.reportDays(), d.reminderDaysBefore(),
                d.maxPerThirdParty(), d.deMinimisCheck(), d.deMinimisCap(), d.applicationsPerSme(), d.hostAmounts(),
                d.activities(), d.valueChains(), d.typeOfSupport(), markets, true);
    }

    @Test
    void thirdCountriesAndRegionsPass() {
        assertThat(OpenCallPolicy.check(targeting(List.of("JP", "US", "ASIA_PACIFIC", "WESTERN_BALKANS", "XK")),
                THIRD_PARTY_CAP)).isEmpty();
        assertThat(OpenCallPolicy.check(targeting(null), THIRD_PARTY_CAP)).isEmpty();
    }

    @Test
    void unknownCodesAndEuMemberStatesAreEachReported() {
        List<Violation> v = OpenCallPolicy.check(targeting(List.of("JP", "MARS", "FR", "asia_pacific", "DE")),
                THIRD_PARTY_CAP);
        assertThat(v).extracting(Violation::field).containsExactly("targetMarkets[1]", "targetMarkets[2]",
                "targetMarkets[3]", "targetMarkets[4]");
        assertThat(v).extracting(Violation::code).containsExactly("invalid_target_market", "not_a_third_country",
                "invalid_target_market", "not_a_third_country");
    }

    @Test
    void aListHasAMaximum() {
        List<String> many = new ArrayList<>(Collections.nCopies(TargetMarkets.MAX + 1, "JP"));
        assertThat(OpenCallPolicy.check(targeting(many), THIRD_PARTY_CAP)).extracting(Violation::code)
                .containsExactly("too_many");
        assertThat(TargetMarkets.codes(List.of("JP", "US", "JP"))).containsExactly("JP", "US");
    }

    @Test
    void aCountryFindsItsRegionAndARegionItsCountries() {
        assertThat(TargetMarkets.related("JP")).containsExactly("JP", "ASIA_PACIFIC");
        assertThat(TargetMarkets.related("MX")).containsExactly("MX", "NORTH_AMERICA");
        assertThat(TargetMarkets.related("NORTH_AMERICA")).containsExactly("NORTH_AMERICA", "US", "CA", "MX");
        assertThat(TargetMarkets.related("AQ")).containsExactly("AQ");
        assertThat(TargetMarkets.isKnown("ASIA_PACIFIC")).isTrue();
        assertThat(TargetMarkets.isKnown("MARS")).isFalse();
        for (TargetRegion r : TargetRegion.values()) {
            assertThat(r.countries()).as(r.name()).allMatch(io.grantflow.shared.geo.Countries::isIso)
                    .noneMatch(io.grantflow.shared.geo.Countries.EU::contains);
        }
    }
}
