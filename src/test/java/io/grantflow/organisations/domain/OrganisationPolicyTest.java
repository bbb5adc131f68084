package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering an organisation: every violation at once; an enterprise's figures decide whether it is an SME. */
class OrganisationPolicyTest {

    static OrganisationDefinition smallSme() {
        return new OrganisationDefinition("Atelier Lumière SARL", "912345678", "FR", OrganisationType.SME,
                new BigDecimal("12"), Money.eur("1800000.00"), Money.eur("900000.00"), List.of());
    }

    static OrganisationDefinition clusterOrganisation() {
        return new OrganisationDefinition("Pôle Mer Méditerranée", "998877665", "FR",
                OrganisationType.CLUSTER_ORGANISATION, null, null, null, null);
    }

    private static List<String> codes(OrganisationPolicy.Result result) {
        return result.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void aSmallEnterpriseIsAnSmeAndPasses() {
        OrganisationPolicy.Result result = OrganisationPolicy.check(smallSme());
        assertThat(result.violations()).isEmpty();
        assertThat(result.assessment().category().isSme()).isTrue();
    }

    @Test
    void aClusterOrganisationGivesNoFiguresAndHasNoAssessment() {
        OrganisationPolicy.Result result = OrganisationPolicy.check(clusterOrganisation());
        assertThat(result.violations()).isEmpty();
        assertThat(result.assessment()).isNull();
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        OrganisationDefinition d = new OrganisationDefinition("x".repeat(301), "12345", "XX", OrganisationType.SME,
                new BigDecimal("-1"), Money.eur("-5.00"), null, List.of());
        assertThat(codes(OrganisationPolicy.check(d))).containsExactlyInAnyOrder(
                "legalName:too_long", "pic:invalid_pic", "country:invalid_country",
                "staffHeadcount:must_not_be_negative", "annualTurnover:must_not_be_negative",
                "balanceSheetTotal:required");
    }

    @Test
    void figuresAreForEnterprisesOnly() {
        OrganisationDefinition d = new OrganisationDefinition("Cluster", "998877665", "DE",
                OrganisationType.CLUSTER_ORGANISATION, new BigDecimal("5"), null, null, null);
        assertThat(codes(OrganisationPolicy.check(d))).containsExactly("type:figures_only_for_enterprises");
    }

    @Test
    void aDeclaredSmeWhoseFiguresAreLargeIsRefused() {
        OrganisationDefinition d = new OrganisationDefinition("Big Steel AG", "912345678", "DE", OrganisationType.SME,
                new BigDecimal("900"), Money.eur("400000000.00"), Money.eur("300000000.00"), List.of());
        OrganisationPolicy.Result result = OrganisationPolicy.check(d);
        assertThat(codes(result)).containsExactly("type:sme_figures_contradict_type");
        assertThat(result.assessment().category().isSme()).isFalse();
    }

    @Test
    void headcountsAreBoundedAndHaveAtMostTwoDecimals() {
        OrganisationDefinition d = new OrganisationDefinition("Atelier", "912345678", "FR", OrganisationType.SME,
                OrganisationPolicy.MAX_STAFF_HEADCOUNT.add(new BigDecimal("0.001")), Money.eur("1.00"), Money.eur("1.00"),
                List.of());
        assertThat(codes(OrganisationPolicy.check(d)))
                .containsExactlyInAnyOrder("staffHeadcount:above_maximum", "staffHeadcount:too_many_decimals");
    }

    @Test
    void aPartnerEnterpriseHoldsFrom25To50Percent() {
        RelatedEnterprise tooMuch = new RelatedEnterprise("Holding", RelatedEnterprise.Relation.PARTNER,
                new BigDecimal("60"), new BigDecimal("3"), Money.eur("100.00"), Money.eur("100.00"));
        OrganisationDefinition d = new OrganisationDefinition("Atelier", "912345678", "FR", OrganisationType.SME,
                new BigDecimal("12"), Money.eur("1.00"), Money.eur("1.00"), List.of(tooMuch));
        List<Violation> violations = OrganisationPolicy.check(d).violations();
        assertThat(violations).extracting(Violation::code).containsExactly("partner_share_out_of_range");
        assertThat(violations).extracting(Violation::field).containsExactly("relatedEnterprises[0].ownershipShare");
    }
}
