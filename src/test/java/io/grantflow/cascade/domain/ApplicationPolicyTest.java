package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import static io.grantflow.cascade.domain.ApplicationFixture.ASKED;
import static io.grantflow.cascade.domain.ApplicationFixture.exchangeApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.frenchCluster;
import static io.grantflow.cascade.domain.ApplicationFixture.largeEnterprise;
import static io.grantflow.cascade.domain.ApplicationFixture.organisation;
import static io.grantflow.cascade.domain.ApplicationFixture.sme;
import static io.grantflow.cascade.domain.ApplicationFixture.smeApplication;
import static io.grantflow.cascade.domain.OpenCallFixture.clusterXchangeOpenCall;
import static io.grantflow.cascade.domain.OpenCallFixture.euroclustersOpenCall;
import static io.grantflow.cascade.domain.OpenCallFixture.fixedLumpSumOpenCall;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationPolicyTest {

    private static ApplicationPolicy.Facts facts(Organisation org) {
        return new ApplicationPolicy.Facts(org, Money.ZERO, 0, null, false);
    }

    private static ApplicationPolicy.Facts exchangeFacts(Organisation host, boolean visitorTookPart) {
        return new ApplicationPolicy.Facts(sme(), Money.ZERO, 0, host, visitorTookPart);
    }

    @Test
    void anEligibleSmeIsGivenWhatItAsked() {
        ApplicationPolicy.Outcome o = ApplicationPolicy.check(euroclustersOpenCall(), smeApplication(), facts(sme()));
        assertThat(o.passed()).isTrue();
        assertThat(o.amount()).isEqualTo(ASKED);
    }

    @Test
    void everyFailingRuleIsReportedAtOnce() {
        Application a = smeApplication();
        a.notInDifficulty = false;
        a.noDoubleFunding = false;
        Organisation big = largeEnterprise();
        big.country = "DE";
        ApplicationPolicy.Outcome o = ApplicationPolicy.check(euroclustersOpenCall(), a,
                new ApplicationPolicy.Facts(big, Money.ZERO, 1, null, false));
        assertThat(o.refusals()).extracting(Application.Refusal::code).containsExactly("not_an_sme",
                "country_not_eligible", "undertaking_in_difficulty", "double_funding", "too_many_applications");
    }

    @Test
    void anSectorOutsideTheCallsIsRefused() {
        OpenCall oc = euroclustersOpenCall();
        oc.sectors = new String[]{"AEROSPACE"};
        assertThat(ApplicationPolicy.check(oc, smeApplication(), facts(sme())).refusals())
                .extracting(Application.Refusal::code).containsExactly("sector_not_eligible");
    }

    @Test
    void theAmountAskedIsWithinTheCallsRange() {
        Application low = smeApplication();
        low.requested = Money.eur("999.99");
        assertThat(ApplicationPolicy.check(euroclustersOpenCall(), low, facts(sme())).refusals())
                .extracting(Application.Refusal::code).containsExactly("amount_below_minimum");
        Application high = smeApplication();
        high.requested = Money.eur("10000.01");
        assertThat(ApplicationPolicy.check(euroclustersOpenCall(), high, facts(sme())).refusals())
                .extracting(Application.Refusal::code).containsExactly("amount_above_maximum");
    }

    @Test
    void aFixedLumpSumGivesTheFixedAmountToWhoAsksNothing() {
        Application a = smeApplication();
        a.requested = null;
        ApplicationPolicy.Outcome o = ApplicationPolicy.check(fixedLumpSumOpenCall(), a, facts(sme()));
        assertThat(o.passed()).isTrue();
        assertThat(o.amount()).isEqualTo(Money.eur("1000.00"));
        Application other = smeApplication();
        assertThat(ApplicationPolicy.check(fixedLumpSumOpenCall(), other, facts(sme())).refusals())
                .extracting(Application.Refusal::code).containsExactly("amount_not_fixed");
    }

    @Test
    void theThirdPartyCapCountsWhatIsHeldUnderTheGrant() {
        ApplicationPolicy.Outcome o = ApplicationPolicy.check(euroclustersOpenCall(), smeApplication(),
                new ApplicationPolicy.Facts(sme(), Money.eur("55000.01"), 0, null, false));
        assertThat(o.refusals()).extracting(Application.Refusal::code).containsExactly(ThirdPartyCap.CODE);
    }

    @Test
    void deMinimisAidOverThreeYearsIsCapped() {
        Application a = smeApplication();
        a.deMinimisReceived = Money.eur("295000.01");
        assertThat(ApplicationPolicy.check(euroclustersOpenCall(), a, facts(sme())).refusals())
                .extracting(Application.Refusal::code).containsExactly("above_de_minimis");
        OpenCall unchecked = euroclustersOpenCall();
        unchecked.deMinimisCap = null;
        assertThat(ApplicationPolicy.check(unchecked, a, facts(sme())).passed()).isTrue();
    }

    @Test
    void anExchangeGetsTheHostTablesLumpSum() {
        ApplicationPolicy.Outcome o = ApplicationPolicy.check(clusterXchangeOpenCall(), exchangeApplication(),
                exchangeFacts(frenchCluster(), false));
        assertThat(o.passed()).isTrue();
        assertThat(o.amount()).isEqualTo(Money.eur("550.00"));
    }

    @Test
    void theHostIsAValidatedClusterInAnotherCountryWithAnAmount() {
        Organisation notACluster = organisation(4L, "Fournisseur SA", "FR", OrganisationType.SME, SmeCategory.SMALL);
        assertThat(codes(exchangeFacts(notACluster, false))).containsExactly("host_not_a_cluster");
        Organisation unvalidated = frenchCluster();
        unvalidated.validatedAt = null;
        assertThat(codes(exchangeFacts(unvalidated, false))).containsExactly("organisation_not_validated");
        Organisation italian = frenchCluster();
        italian.country = "IT";
        assertThat(codes(exchangeFacts(italian, false))).containsExactly("host_same_country", "no_host_amount");
        Organisation spanish = frenchCluster();
        spanish.country = "ES";
        assertThat(codes(exchangeFacts(spanish, false))).containsExactly("no_host_amount");
    }

    @Test
    void aVisitorTakesPartOnceInAnExchangeOfAtLeast3WorkingDays() {
        assertThat(codes(exchangeFacts(frenchCluster(), true))).containsExactly("visitor_already_took_part");
        Application twoDays = exchangeApplication();
        twoDays.stayTo = twoDays.stayFrom.plusDays(1);
        assertThat(ApplicationPolicy.check(clusterXchangeOpenCall(), twoDays, exchangeFacts(frenchCluster(), false))
                .refusals()).extracting(Application.Refusal::code).containsExactly("invalid_stay");
    }

    private static java.util.List<String> codes(ApplicationPolicy.Facts f) {
        return ApplicationPolicy.check(clusterXchangeOpenCall(), exchangeApplication(), f).refusals().stream()
                .map(Application.Refusal::code).toList();
    }
}
