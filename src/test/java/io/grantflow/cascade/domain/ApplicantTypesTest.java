package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static io.grantflow.cascade.domain.ApplicationFixture.exchangeApplication;
import static io.grantflow.cascade.domain.ApplicationFixture.frenchCluster;
import static io.grantflow.cascade.domain.ApplicationFixture.germanInstitute;
import static io.grantflow.cascade.domain.ApplicationFixture.largeEnterprise;
import static io.grantflow.cascade.domain.ApplicationFixture.organisation;
import static io.grantflow.cascade.domain.ApplicationFixture.sme;
import static io.grantflow.cascade.domain.ApplicationFixture.smeApplication;
import static io.grantflow.cascade.domain.OpenCallFixture.clusterXchangeOpenCall;
import static io.grantflow.cascade.domain.OpenCallFixture.euroclustersOpenCall;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may apply: SMEs by their figures, other member organisations once an officer validated their type. */
class ApplicantTypesTest {

    private static List<String> codes(OpenCall call, Application a, Organisation applicant) {
        return ApplicationPolicy.check(call, a, new ApplicationPolicy.Facts(applicant, Money.ZERO, 0, frenchCluster(), false))
                .refusals().stream().map(Application.Refusal::code).toList();
    }

    @Test
    void openCallsAcceptSmesAndClusterXchangeAcceptsClusterMembers() {
        assertThat(ApplicantTypes.defaults(Instrument.VOUCHER)).containsExactly(OrganisationType.SME);
        assertThat(ApplicantTypes.defaults(Instrument.FIXED_LUMP_SUM)).containsExactly(OrganisationType.SME);
        assertThat(ApplicantTypes.defaults(Instrument.CLUSTERXCHANGE)).containsExactlyInAnyOrder(OrganisationType.SME,
                OrganisationType.RESEARCH_ORGANISATION, OrganisationType.BUSINESS_SUPPORT_ORGANISATION,
                OrganisationType.CLUSTER_ORGANISATION);
        assertThat(ApplicantTypes.stored(Instrument.CLUSTERXCHANGE, List.of(OrganisationType.SME)))
                .containsExactly("SME");
        assertThat(ApplicantTypes.stored(Instrument.VOUCHER, List.of())).containsExactly("SME");
    }

    @Test
    void aResearchOrganisationSendsAVisitorToAClusterXchange() {
        Application a = exchangeApplication();
        assertThat(codes(clusterXchangeOpenCall(), a, germanInstitute())).isEmpty();
        assertThat(codes(clusterXchangeOpenCall(), a, sme())).isEmpty();
    }

    @Test
    void anOpenCallForSmesStillRefusesOthersAsNotAnSme() {
        assertThat(codes(euroclustersOpenCall(), smeApplication(), largeEnterprise())).containsExactly("not_an_sme");
        Organisation institute = germanInstitute();
        institute.country = "IT";
        assertThat(codes(euroclustersOpenCall(), smeApplication(), institute)).containsExactly("not_an_sme");
    }

    @Test
    void aTypeTheOpenCallDoesNotAcceptIsRefusedNamingTheAcceptedTypes() {
        List<Application.Refusal> r = ApplicationPolicy.check(clusterXchangeOpenCall(), exchangeApplication(),
                new ApplicationPolicy.Facts(largeEnterprise(), Money.ZERO, 0, frenchCluster(), false)).refusals();
        assertThat(r).extracting(Application.Refusal::code).containsExactly("applicant_type_not_eligible");
        assertThat(r.get(0).message()).contains("LARGE_ENTERPRISE", "SME", "RESEARCH_ORGANISATION",
                "BUSINESS_SUPPORT_ORGANISATION", "CLUSTER_ORGANISATION");
        Organisation townHall = organisation(6L, "Comune di Torino", "IT", OrganisationType.PUBLIC_BODY,
                SmeCategory.NOT_APPLICABLE);
        townHall.validate("officer", ApplicationFixture.NOW);
        assertThat(codes(clusterXchangeOpenCall(), exchangeApplication(), townHall))
                .containsExactly("applicant_type_not_eligible");
        OpenCall withPublicBodies = clusterXchangeOpenCall();
        withPublicBodies.applicantTypes = new String[]{"SME", "PUBLIC_BODY"};
        assertThat(codes(withPublicBodies, exchangeApplication(), townHall)).isEmpty();
    }

    @Test
    void aClaimedTypeCountsOnceAnOfficerValidatedIt() {
        Organisation claimed = germanInstitute();
        claimed.validatedAt = null;
        assertThat(codes(clusterXchangeOpenCall(), exchangeApplication(), claimed))
                .containsExactly("organisation_not_validated");
        assertThat(ApplicantTypes.accepts(EnumSet.of(OrganisationType.RESEARCH_ORGANISATION), claimed)).isFalse();
    }

    @Test
    void anSmeIsAnSmeByItsFiguresWhateverTypeItRegistered() {
        Organisation smallBySize = organisation(7L, "Bottega Srl", "IT", OrganisationType.OTHER, SmeCategory.MICRO);
        assertThat(ApplicantTypes.accepts(EnumSet.of(OrganisationType.SME), smallBySize)).isTrue();
        Organisation grown = organisation(8L, "Grande Srl", "IT", OrganisationType.SME, SmeCategory.NOT_SME);
        assertThat(codes(clusterXchangeOpenCall(), exchangeApplication(), grown))
                .containsExactly("applicant_type_not_eligible");
    }

    @Test
    void deMinimisAppliesToUndertakingsNotToResearchOrganisations() {
        Application a = exchangeApplication();
        a.deMinimisReceived = Money.eur("299800.00");
        assertThat(codes(clusterXchangeOpenCall(), a, sme())).containsExactly("above_de_minimis");
        assertThat(codes(clusterXchangeOpenCall(), a, germanInstitute())).isEmpty();
        Organisation cluster = organisation(9L, "Cluster Lombardo", "IT", OrganisationType.CLUSTER_ORGANISATION, null);
        cluster.validate("officer", ApplicationFixture.NOW);
        assertThat(codes(clusterXchangeOpenCall(), a, cluster)).containsExactly("above_de_minimis");
    }

    @Test
    void aClusterXchangeCountsNoApplicationsPerOrganisationUnlessItSetsALimit() {
        OpenCall cx = clusterXchangeOpenCall();
        Application second = exchangeApplication();
        second.visitorId = "IT-PASSPORT-2";
        var facts = new ApplicationPolicy.Facts(sme(), Money.eur("1100.00"), 3, frenchCluster(), false);
        assertThat(ApplicationPolicy.check(cx, second, facts).passed()).isTrue();
        cx.applicationsPerSme = 3;
        assertThat(ApplicationPolicy.check(cx, second, facts).refusals()).extracting(Application.Refusal::code)
                .containsExactly("too_many_applications");
    }
}
