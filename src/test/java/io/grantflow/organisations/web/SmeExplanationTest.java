package io.grantflow.organisations.web;

import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.organisations.domain.SmeDefinition;
import io.grantflow.organisations.domain.SmeFigures;
import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Why an enterprise is in its category: the ceiling reached, the one missed, each related enterprise's share. */
class SmeExplanationTest {

    private static SmeFigures figures(String staff, String turnover, String balance) {
        return new SmeFigures(new BigDecimal(staff), Money.eur(turnover), Money.eur(balance));
    }

    private static SmeExplanation explain(SmeFigures own, RelatedEnterprise... related) {
        return SmeExplanation.of(own, List.of(related), SmeDefinition.assess(own, List.of(related)));
    }

    @Test
    void aSmallEnterpriseWithALinkedOneBecomesMediumAndSaysWhyNotSmall() {
        RelatedEnterprise linked = new RelatedEnterprise("Parent", RelatedEnterprise.Relation.LINKED,
                new BigDecimal("60"), new BigDecimal("30"), Money.eur("4000000"), Money.eur("3000000"));
        SmeExplanation e = explain(figures("25", "3000000", "2500000"), linked);
        assertThat(e.category()).isEqualTo(SmeCategory.MEDIUM);
        assertThat(e.total()).isEqualTo(figures("55.00", "7000000", "5500000"));
        assertThat(e.related()).singleElement().satisfies(c -> {
            assertThat(c.partner()).isFalse();
            assertThat(c.counted().staffHeadcount()).isEqualByComparingTo("30");
        });
        assertThat(e.reached().ceiling().category()).isEqualTo(SmeCategory.MEDIUM);
        assertThat(e.reached().staff()).isTrue();
        assertThat(e.missed().categoryName()).isEqualTo("SMALL");
        assertThat(e.missed().staff()).as("55 staff: 50 or more").isFalse();
        assertThat(e.missed().turnover()).isTrue();
    }

    @Test
    void aPartnerCountsProRata() {
        RelatedEnterprise partner = new RelatedEnterprise("Holding", RelatedEnterprise.Relation.PARTNER,
                new BigDecimal("30"), new BigDecimal("20"), Money.eur("3000000"), Money.eur("2500000"));
        SmeExplanation e = explain(figures("42", "7800000", "5100000"), partner);
        assertThat(e.category()).isEqualTo(SmeCategory.SMALL);
        assertThat(e.related().get(0).partner()).isTrue();
        assertThat(e.related().get(0).counted()).isEqualTo(figures("6.00", "900000", "750000"));
        assertThat(e.total()).isEqualTo(figures("48.00", "8700000", "5850000"));
        assertThat(e.missed().categoryName()).isEqualTo("MICRO");
        assertThat(e.missed().staff()).isFalse();
    }

    @Test
    void aMicroEnterpriseMissesNothingAndALargeOneReachesNothing() {
        SmeExplanation micro = explain(figures("3", "200000", "100000"));
        assertThat(micro.reached().categoryName()).isEqualTo("MICRO");
        assertThat(micro.missed()).isNull();

        SmeExplanation large = explain(figures("100", "60000000", "50000000"));
        assertThat(large.category()).isEqualTo(SmeCategory.NOT_SME);
        assertThat(large.reached()).isNull();
        assertThat(large.missed().categoryName()).isEqualTo("MEDIUM");
        assertThat(large.missed().staff()).isTrue();
        assertThat(large.missed().turnover()).isFalse();
        assertThat(large.missed().balanceSheet()).isFalse();
    }

    @Test
    void withoutAnAssessmentThereIsNothingToExplain() {
        assertThat(SmeExplanation.of(figures("1", "1", "1"), List.of(), null)).isNull();
        assertThat(SmeExplanation.of(figures("1", "1", "1"), List.of(), SmeCategory.NOT_APPLICABLE,
                figures("1", "1", "1"))).isNull();
    }
}
