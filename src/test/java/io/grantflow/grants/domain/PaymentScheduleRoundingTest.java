package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A grant's schedule: each share rounded DOWN to the cent (by {@link Money#percent}), the last instalment takes the rest. */
class PaymentScheduleRoundingTest {

    private static final Money MAX = Money.eur("100000.01");

    @Test
    void eachShareIsRoundedDownAndTheBalanceTakesTheRest() {
        List<PaymentSchedule.Instalment> s = PaymentSchedule.of(MAX, new BigDecimal("33.33"),
                List.of(new BigDecimal("33.33")), false, List.of());
        assertThat(s).extracting(PaymentSchedule.Instalment::kind).containsExactly(PaymentSchedule.Kind.PRE_FINANCING,
                PaymentSchedule.Kind.INTERIM, PaymentSchedule.Kind.BALANCE);
        assertThat(s.get(0).amount()).isEqualTo(Money.eur("33330.00")); // 33330.003333 rounded down
        assertThat(s.get(0).amount()).isEqualTo(MAX.percent(new BigDecimal("33.33"), RoundingMode.DOWN));
        assertThat(s.get(1).amount()).isEqualTo(Money.eur("33330.00"));
        assertThat(s.get(2).amount()).isEqualTo(Money.eur("33340.01"));
        assertThat(s.get(2).percent()).isEqualByComparingTo("33.34");
        assertThat(total(s)).isEqualTo(MAX);
    }

    @Test
    void aShareIsNeverRoundedUp() {
        Money max = Money.eur("0.99");
        List<PaymentSchedule.Instalment> s = PaymentSchedule.of(max, new BigDecimal("99.99"), List.of(), false, List.of());
        assertThat(s.get(0).amount()).isEqualTo(Money.eur("0.98")); // 0.989901 never 0.99
        assertThat(s.get(1).amount()).isEqualTo(Money.eur("0.01"));
        assertThat(total(s)).isEqualTo(max);
    }

    @Test
    void aLumpSumPaysTheRestByWorkPackageShare() {
        List<PaymentSchedule.Instalment> s = PaymentSchedule.of(MAX, new BigDecimal("30"), List.of(), true, List.of(
                new PaymentSchedule.WorkPackage("Design", new BigDecimal("33.33")),
                new PaymentSchedule.WorkPackage("Build", new BigDecimal("33.33")),
                new PaymentSchedule.WorkPackage("Pilot", new BigDecimal("33.34"))));
        assertThat(s.get(0).amount()).isEqualTo(Money.eur("30000.00")); // 30000.003 rounded down
        Money rest = MAX.minus(s.get(0).amount());
        assertThat(s.get(1).amount()).isEqualTo(rest.percent(new BigDecimal("33.33"), RoundingMode.DOWN));
        assertThat(s.get(2).amount()).isEqualTo(s.get(1).amount());
        assertThat(s.get(3).amount()).isEqualTo(rest.minus(s.get(1).amount()).minus(s.get(2).amount()));
        assertThat(s).extracting(PaymentSchedule.Instalment::kind).containsExactly(PaymentSchedule.Kind.PRE_FINANCING,
                PaymentSchedule.Kind.WORK_PACKAGE, PaymentSchedule.Kind.WORK_PACKAGE, PaymentSchedule.Kind.WORK_PACKAGE);
        assertThat(total(s)).isEqualTo(MAX);
    }

    @Test
    void noPreFinancingMeansAZeroFirstInstalment() {
        List<PaymentSchedule.Instalment> s = PaymentSchedule.of(MAX, BigDecimal.ZERO, List.of(), false, List.of());
        assertThat(s.get(0).amount()).isEqualTo(Money.ZERO);
        assertThat(s.get(1).amount()).isEqualTo(MAX);
    }

    private static Money total(List<PaymentSchedule.Instalment> s) {
        return s.stream().map(PaymentSchedule.Instalment::amount).reduce(Money.ZERO, Money::plus);
    }
}
