package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The interim payment and the closure (docs/grants.md, "Payments"), figure by figure. */
class SettlementRuleTest {

    private static final Money MAX = Money.eur("1000000.00");
    private static final BigDecimal NINETY = new BigDecimal("90.00");
    private static final BigDecimal SEVENTY_FIVE = new BigDecimal("75.00");

    @Test
    void anInterimPaymentIsTheAcceptedContributionLessWhatWasPaid() {
        var i = SettlementRule.interim(MAX, NINETY, Money.eur("510000.00"), Money.eur("400000.00"));
        assertThat(i.amount()).isEqualTo(Money.eur("110000.00"));
        assertThat(i.ceiling()).isEqualTo(Money.eur("900000.00"));
    }

    @Test
    void thePreFinancingIsClearedFirstAndAnInterimPaymentIsNeverNegative() {
        assertThat(SettlementRule.interim(MAX, NINETY, Money.eur("300000.00"), Money.eur("400000.00")).amount())
                .isEqualTo(Money.ZERO);
    }

    @Test
    void beforeTheBalanceAtMostTheCeilingIsPaid() {
        var i = SettlementRule.interim(MAX, NINETY, Money.eur("990000.00"), Money.eur("400000.00"));
        assertThat(i.amount()).isEqualTo(Money.eur("500000.00"));
        // the ceiling is rounded down to the cent
        assertThat(SettlementRule.interim(Money.eur("333.33"), NINETY, Money.eur("333.33"), Money.ZERO).ceiling())
                .isEqualTo(Money.eur("299.99"));
    }

    @Test
    void theFinalAmountIsTheAcceptedContributionAtMostTheMaximum() {
        var c = SettlementRule.closure(MAX, Money.eur("1200000.00"), BigDecimal.ZERO, Money.ZERO, Money.eur("900000.00"));
        assertThat(c.finalAmount()).isEqualTo(MAX);
        assertThat(c.balance()).isEqualTo(Money.eur("100000.00"));
        assertThat(c.recovery()).isEqualTo(Money.ZERO);
        assertThat(c.released()).isEqualTo(Money.ZERO);
        assertThat(c.smeShareCap()).isNull();
    }

    @Test
    void tooLittleSupportPaidToSmesReducesTheFinalAmountAndMayMakeARecovery() {
        var c = SettlementRule.closure(MAX, Money.eur("930000.00"), SEVENTY_FIVE, Money.eur("120000.00"),
                Money.eur("510000.00"));
        assertThat(c.smeShareCap()).isEqualTo(Money.eur("160000.00"));
        assertThat(c.smeShareReduction()).isEqualTo(Money.eur("770000.00"));
        assertThat(c.finalAmount()).isEqualTo(Money.eur("160000.00"));
        assertThat(c.balance()).isEqualTo(Money.ZERO);
        assertThat(c.recovery()).isEqualTo(Money.eur("350000.00"));
        assertThat(c.released()).isEqualTo(Money.eur("840000.00"));
    }

    @Test
    void theCapIsRoundedDownSoThatTheSupportPaidIsAtLeastTheShare() {
        var c = SettlementRule.closure(MAX, MAX, SEVENTY_FIVE, Money.eur("100.00"), Money.ZERO);
        assertThat(c.finalAmount()).isEqualTo(Money.eur("133.33"));
        // 75 % of 133.33 is 99.9975: the EUR 100.00 paid reaches it; 133.34 would need 100.005
        assertThat(c.finalAmount().percent(SEVENTY_FIVE, java.math.RoundingMode.UP))
                .isEqualTo(Money.eur("100.00"));
    }

    @Test
    void enoughSupportToSmesLeavesTheFinalAmountAsItIs() {
        var c = SettlementRule.closure(MAX, Money.eur("950000.00"), SEVENTY_FIVE, Money.eur("750000.00"),
                Money.eur("900000.00"));
        assertThat(c.smeShareReduction()).isEqualTo(Money.ZERO);
        assertThat(c.finalAmount()).isEqualTo(Money.eur("950000.00"));
        assertThat(c.balance()).isEqualTo(Money.eur("50000.00"));
        assertThat(c.released()).isEqualTo(Money.eur("50000.00"));
    }
}
