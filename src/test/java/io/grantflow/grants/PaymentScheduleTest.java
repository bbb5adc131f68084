package io.grantflow.grants;

import io.grantflow.grants.domain.PaymentSchedule;
import io.grantflow.shared.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Property-based: a grant's payment schedule always adds up to its maximum contribution, to the cent. */
class PaymentScheduleTest {

    @Property(tries = 500)
    void instalmentsAddUpExactly(@ForAll @BigRange(min = "0.01", max = "100000000.00") @Scale(2) BigDecimal max,
                                 @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal preFinancing,
                                 @ForAll @IntRange(min = 0, max = 5) int interimCount,
                                 @ForAll("shares") List<BigDecimal> wpShares, @ForAll boolean lumpSum) {
        Money total = Money.of(max);
        List<BigDecimal> interim = new ArrayList<>();
        BigDecimal left = BigDecimal.valueOf(100).subtract(preFinancing);
        for (int i = 0; i < interimCount; i++) {
            BigDecimal part = left.divide(BigDecimal.valueOf(interimCount + 1), 2, RoundingMode.DOWN);
            if (part.signum() > 0) {
                interim.add(part);
            }
        }
        List<PaymentSchedule.WorkPackage> wps = wpShares.stream()
                .map(s -> new PaymentSchedule.WorkPackage("WP", s)).toList();
        List<PaymentSchedule.Instalment> schedule = PaymentSchedule.of(total, preFinancing, interim, lumpSum, wps);
        Money sum = schedule.stream().map(PaymentSchedule.Instalment::amount).reduce(Money.ZERO, Money::plus);
        assertThat(sum).isEqualTo(total);
        assertThat(schedule).allMatch(i -> !i.amount().isNegative());
        assertThat(schedule.get(0).kind()).isEqualTo(PaymentSchedule.Kind.PRE_FINANCING);
        assertThat(schedule.get(0).amount().greaterThan(Money.rounded(max.multiply(preFinancing)
                .divide(BigDecimal.valueOf(100), 10, RoundingMode.DOWN), RoundingMode.DOWN))).isFalse();
    }

    @Provide
    Arbitrary<List<BigDecimal>> shares() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> {
            List<BigDecimal> out = new ArrayList<>();
            BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
            for (int i = 0; i < n; i++) {
                out.add(i == n - 1 ? BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(n - 1))) : each);
            }
            return Arbitraries.just(out);
        });
    }
}
