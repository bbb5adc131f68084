package io.grantflow.organisations;

import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.organisations.domain.SmeCategory;
import io.grantflow.organisations.domain.SmeDefinition;
import io.grantflow.organisations.domain.SmeFigures;
import io.grantflow.shared.money.Money;
import io.grantflow.support.Seeded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recommendation 2003/361/EC on both sides of each ceiling. */
class SmeDefinitionTest {

    static SmeCategory category(String staff, String turnover, String balance, RelatedEnterprise... related) {
        return SmeDefinition.assess(new SmeFigures(new BigDecimal(staff), Money.eur(turnover), Money.eur(balance)),
                List.of(related)).category();
    }

    @Test
    void staffCeilings() {
        assertThat(category("9.99", "1000000", "1000000")).isEqualTo(SmeCategory.MICRO);
        assertThat(category("10", "1000000", "1000000")).isEqualTo(SmeCategory.SMALL);
        assertThat(category("49.99", "1000000", "1000000")).isEqualTo(SmeCategory.SMALL);
        assertThat(category("50", "1000000", "1000000")).isEqualTo(SmeCategory.MEDIUM);
        assertThat(category("249.99", "1000000", "1000000")).isEqualTo(SmeCategory.MEDIUM);
        assertThat(category("250", "1000000", "1000000")).isEqualTo(SmeCategory.NOT_SME);
    }

    @Test
    void turnoverOrBalanceSheetCeilings() {
        assertThat(category("5", "2000000.00", "9000000")).isEqualTo(SmeCategory.MICRO);
        assertThat(category("5", "2000000.01", "2000000.01")).isEqualTo(SmeCategory.SMALL);
        assertThat(category("100", "50000000.00", "90000000")).isEqualTo(SmeCategory.MEDIUM);
        assertThat(category("100", "90000000", "43000000.00")).isEqualTo(SmeCategory.MEDIUM);
        assertThat(category("100", "50000000.01", "43000000.01")).isEqualTo(SmeCategory.NOT_SME);
    }

    @Test
    void partnersCountProRataAndLinkedInFull() {
        RelatedEnterprise partner = new RelatedEnterprise("P", RelatedEnterprise.Relation.PARTNER, new BigDecimal("25"),
                new BigDecimal("200"), Money.eur("0"), Money.eur("0"));
        // 200 + 25% of 200 = 250: not an SME
        assertThat(category("200", "1000000", "1000000", partner)).isEqualTo(SmeCategory.NOT_SME);
        assertThat(category("199.99", "1000000", "1000000", partner)).isEqualTo(SmeCategory.MEDIUM);
        RelatedEnterprise linked = new RelatedEnterprise("L", RelatedEnterprise.Relation.LINKED, null,
                new BigDecimal("5"), Money.eur("0"), Money.eur("0"));
        assertThat(category("5", "100000", "100000", linked)).isEqualTo(SmeCategory.SMALL);
        assertThat(category("4.99", "100000", "100000", linked)).isEqualTo(SmeCategory.MICRO);
    }

    private static void moreStaffIsNeverASmallerCategory(int staff, int more) {
        SmeCategory fewer = category(String.valueOf(staff), "1000000", "1000000");
        SmeCategory bigger = category(String.valueOf(staff + more), "1000000", "1000000");
        assertThat(bigger.ordinal()).as("%d vs %d staff", staff + more, staff)
                .isGreaterThanOrEqualTo(fewer.ordinal()); // MICRO < SMALL < MEDIUM < NOT_SME
    }

    @Test
    void moreStaffNeverMakesASmallerCategory() {
        Seeded.runs(1000, draw -> moreStaffIsNeverASmallerCategory(draw.between(0, 400), draw.between(0, 100)));
        for (int ceiling : new int[] {0, 10, 50, 250, 400}) { // both sides of each ceiling, and the range's ends
            for (int staff : new int[] {Math.max(0, ceiling - 1), ceiling}) {
                moreStaffIsNeverASmallerCategory(staff, 0);
                moreStaffIsNeverASmallerCategory(staff, 1);
                moreStaffIsNeverASmallerCategory(staff, 100);
            }
        }
    }

    @Test
    void aRelatedEnterpriseCountsItsShareRoundedToCentsAndHundredths() {
        RelatedEnterprise partner = new RelatedEnterprise("P", RelatedEnterprise.Relation.PARTNER, new BigDecimal("33.33"),
                new BigDecimal("10"), Money.eur("1000.01"), Money.eur("0.05"));
        SmeFigures counted = SmeDefinition.counted(partner);
        assertThat(counted.staffHeadcount()).isEqualByComparingTo("3.33");
        assertThat(counted.annualTurnover()).isEqualTo(Money.eur("333.30")); // 333.303333 half-even
        assertThat(counted.balanceSheetTotal()).isEqualTo(Money.eur("0.02")); // 0.0166650 half-even
        RelatedEnterprise linked = new RelatedEnterprise("L", RelatedEnterprise.Relation.LINKED, new BigDecimal("51"),
                new BigDecimal("7.5"), Money.eur("10"), Money.eur("20"));
        assertThat(SmeDefinition.counted(linked)).isEqualTo(new SmeFigures(new BigDecimal("7.50"), Money.eur("10"),
                Money.eur("20")));
        // the assessment adds exactly what counted says
        SmeDefinition.Assessment a = SmeDefinition.assess(new SmeFigures(new BigDecimal("1"), Money.eur("1"),
                Money.eur("1")), List.of(partner, linked));
        assertThat(a.aggregated()).isEqualTo(new SmeFigures(new BigDecimal("11.83"), Money.eur("344.30"),
                Money.eur("21.02")));
    }

    @Test
    void theCategoryIsTheFirstCeilingThatAdmitsTheFigures() {
        assertThat(SmeDefinition.ceilings()).extracting(SmeDefinition.Ceiling::category)
                .containsExactly(SmeCategory.MICRO, SmeCategory.SMALL, SmeCategory.MEDIUM);
        Seeded.runs(500, draw -> {
            SmeFigures f = new SmeFigures(BigDecimal.valueOf(draw.between(0, 300)),
                    Money.eur(draw.between(0, 60) + "000000"), Money.eur(draw.between(0, 60) + "000000"));
            SmeCategory expected = SmeDefinition.ceilings().stream().filter(c -> c.admits(f))
                    .map(SmeDefinition.Ceiling::category).findFirst().orElse(SmeCategory.NOT_SME);
            assertThat(SmeDefinition.assess(f, List.of()).category()).as("%s", f).isEqualTo(expected);
        });
    }
}
