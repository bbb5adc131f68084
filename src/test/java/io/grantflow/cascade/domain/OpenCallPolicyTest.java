package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.grantflow.cascade.domain.OpenCallFixture.CLOSES;
import static io.grantflow.cascade.domain.OpenCallFixture.OPENS;
import static io.grantflow.cascade.domain.OpenCallFixture.THIRD_PARTY_CAP;
import static io.grantflow.cascade.domain.OpenCallFixture.clusterXchangeDefinition;
import static io.grantflow.cascade.domain.OpenCallFixture.euroclustersDefinition;
import static org.assertj.core.api.Assertions.assertThat;

class OpenCallPolicyTest {

    private static List<String> codes(OpenCallDefinition d) {
        return OpenCallPolicy.check(d, THIRD_PARTY_CAP).stream().map(Violation::code).toList();
    }

    private static OpenCallDefinition voucher(Money budget, Money max, Money maxPerThirdParty, Selection selection,
                                              Boolean waitlist) {
        return new OpenCallDefinition("Vouchers", null, Instrument.VOUCHER, budget, null, null, max, List.of("FR"),
                List.of(), selection, waitlist, OPENS, CLOSES, null, null, null, maxPerThirdParty, null, null, null, null,
                List.of());
    }

    @Test
    void aCompleteDefinitionPasses() {
        assertThat(OpenCallPolicy.check(euroclustersDefinition(), THIRD_PARTY_CAP)).isEmpty();
        assertThat(OpenCallPolicy.check(clusterXchangeDefinition(Map.of("FR", Money.eur("1100.00"))), THIRD_PARTY_CAP))
                .isEmpty();
    }

    @Test
    void everyMissingFieldIsReported() {
        OpenCallDefinition empty = new OpenCallDefinition(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        assertThat(OpenCallPolicy.check(empty, THIRD_PARTY_CAP)).extracting(Violation::field)
                .contains("title", "instrument", "budget", "selection", "opensAt", "closesAt");
    }

    @Test
    void oneAwardFitsTheThirdPartyCapAndTheBudget() {
        assertThat(codes(voucher(Money.eur("50000.00"), Money.eur("60000.01"), null, Selection.EVALUATED, false)))
                .containsExactlyInAnyOrder("above_third_party_cap", "above_budget");
        assertThat(codes(voucher(Money.eur("90000.00"), Money.eur("30000.00"), Money.eur("20000.00"),
                Selection.EVALUATED, false))).containsExactly("above_third_party_cap");
    }

    @Test
    void anOpenCallMayLowerTheThirdPartyCapNotRaiseIt() {
        assertThat(codes(voucher(Money.eur("90000.00"), Money.eur("1000.00"), Money.eur("60000.01"),
                Selection.EVALUATED, false))).containsExactly("above_call_cap");
    }

    @Test
    void aWaitingListNeedsFirstComeFirstServed() {
        assertThat(codes(voucher(Money.eur("90000.00"), Money.eur("1000.00"), null, Selection.EVALUATED, true)))
                .containsExactly("waitlist_needs_fcfs");
    }

    @Test
    void aClusterXchangeTableHasValidCountriesAndAmountsUpToTheLumpSumCap() {
        assertThat(codes(clusterXchangeDefinition(Map.of()))).containsExactly("required");
        assertThat(codes(clusterXchangeDefinition(Map.of("XX", Money.eur("1100.01")))))
                .containsExactlyInAnyOrder("invalid_country", "above_cap");
    }

    @Test
    void datesTrancheAndReportDaysAreChecked() {
        OpenCallDefinition d = new OpenCallDefinition("Vouchers", null, Instrument.FIXED_LUMP_SUM, Money.eur("9000.00"),
                Money.eur("1000.00"), null, null, List.of(), List.of(), Selection.FIRST_COME_FIRST_SERVED, false, CLOSES,
                OPENS, new BigDecimal("100.001"), 10, 10, null, null, null, 0, null, List.of());
        assertThat(codes(d)).containsExactlyInAnyOrder("closes_before_opening", "too_many_decimals",
                "percentage_out_of_range", "out_of_range", "out_of_range");
    }

    @Test
    void sectorsValueChainsAndTheTypeOfSupportAreCheckedWithTheRest() {
        OpenCallDefinition d = euroclustersDefinition();
        OpenCallDefinition bad = new OpenCallDefinition(d.title(), d.description(), Instrument.TRAVEL_VOUCHER, d.budget(),
                null, d.minAmount(), d.maxAmount(), d.eligibleCountries(), List.of("TOURISM", "FURNITURE"),
                d.selection(), d.waitlist(), d.opensAt(), d.closesAt(), d.firstTranchePercent(), d.reportDays(),
                d.reminderDaysBefore(), d.maxPerThirdParty(), d.deMinimisCheck(), d.deMinimisCap(), d.applicationsPerSme(),
                d.hostAmounts(), d.activities(), List.of("furniture", "FURNITURE"), TypeOfSupport.IN_KIND_SERVICE);
        assertThat(codes(bad)).containsExactly("unknown_sector", "duplicate_value_chain", "type_of_support_mismatch");
        OpenCallDefinition inKind = new OpenCallDefinition(d.title(), d.description(), Instrument.VOUCHER, d.budget(),
                null, d.minAmount(), d.maxAmount(), d.eligibleCountries(), List.of("TOURISM"), d.selection(),
                d.waitlist(), d.opensAt(), d.closesAt(), d.firstTranchePercent(), d.reportDays(), d.reminderDaysBefore(),
                d.maxPerThirdParty(), d.deMinimisCheck(), d.deMinimisCap(), d.applicationsPerSme(), d.hostAmounts(),
                d.activities(), List.of("water"), TypeOfSupport.IN_KIND_SERVICE);
        assertThat(codes(inKind)).isEmpty();
    }

    @Test
    void anOpenCallNamesEachApplicantTypeOnce() {
        OpenCallDefinition d = clusterXchangeDefinition(Map.of("FR", Money.eur("1100.00")));
        OpenCallDefinition twice = new OpenCallDefinition(d.title(), d.description(), d.instrument(), d.budget(),
                d.fixedAmount(), d.minAmount(), d.maxAmount(), d.eligibleCountries(), d.sectors(), d.selection(),
                d.waitlist(), d.opensAt(), d.closesAt(), d.firstTranchePercent(), d.reportDays(), d.reminderDaysBefore(),
                d.maxPerThirdParty(), d.deMinimisCheck(), d.deMinimisCap(), d.applicationsPerSme(), d.hostAmounts(),
                d.activities(), null, null, List.of(OrganisationType.SME, OrganisationType.RESEARCH_ORGANISATION,
                OrganisationType.SME));
        assertThat(OpenCallPolicy.check(twice, THIRD_PARTY_CAP)).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applicantTypes[2]", "duplicate_applicant_type"));
    }
}
