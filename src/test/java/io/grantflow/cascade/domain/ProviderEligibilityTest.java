package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.grantflow.cascade.domain.ApplicationFixture.largeEnterprise;
import static io.grantflow.cascade.domain.ApplicationFixture.sme;
import static io.grantflow.cascade.domain.ProviderFixture.coachingAgency;
import static io.grantflow.cascade.domain.ProviderFixture.coachingCall;
import static io.grantflow.cascade.domain.ProviderFixture.unvalidatedResearchLab;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may provide a provider call's service: every reason at once; no de minimis, no cap per third party. */
class ProviderEligibilityTest {

    private static List<String> codes(Organisation o, String rate, boolean beneficiary, boolean offered) {
        return ProviderEligibility.check(coachingCall(), Money.eur(rate), new ProviderEligibility.Facts(o, beneficiary,
                offered)).stream().map(Application.Refusal::code).toList();
    }

    @Test
    void aValidatedAgencyOrAnSmeAtOrBelowTheMaximumDayRateIsEligible() {
        assertThat(codes(coachingAgency(), "800.00", false, false)).isEmpty();
        assertThat(codes(sme(), "450.00", false, false)).isEmpty();
    }

    @Test
    void everyReasonIsReportedAtOnce() {
        assertThat(codes(largeEnterprise(), "800.01", true, true)).containsExactly(
                ProviderEligibility.TYPE_NOT_ELIGIBLE, ProviderEligibility.DAY_RATE_TOO_HIGH,
                ProviderEligibility.IN_CONSORTIUM, ProviderEligibility.ALREADY_OFFERED);
    }

    @Test
    void anUnvalidatedResearchOrganisationWaitsForAnOfficer() {
        assertThat(codes(unvalidatedResearchLab(), "500.00", false, false)).containsExactly("organisation_not_validated");
    }

    @Test
    void theDefaultProviderTypesSellServices() {
        assertThat(coachingCall().types()).containsExactlyInAnyOrderElementsOf(ProviderCallPolicy.DEFAULT_TYPES);
    }
}
