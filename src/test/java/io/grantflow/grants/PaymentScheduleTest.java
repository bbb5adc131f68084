package io.grantflow.grants;

import io.grantflow.grants.domain.PaymentSchedule;
import io.grantflow.shared.money.Money;
import io.grantflow.support.Seeded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded random schedules: a grant's payment schedule always adds up to its maximum contribution, to the cent. */
class PaymentScheduleTest {

    private static void addsUpExactly(BigDecimal max, BigDecimal preFinancing, int interimCount,
                                      List<BigDecimal> wpShares, boolean lumpSum) {
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

    /** {@code n} work packages sharing 100 %, the last one taking the remainder of the rounding. */
    private static List<BigDecimal> shares(int n) {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n; i++) {
            out.add(i == n - 1 ? BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(n - 1))) : each);
        }
        return out;
    }

    @Test
    void instalmentsAddUpExactly() {
        Seeded.runs(500, draw -> addsUpExactly(draw.amount("0.01", "100000000.00"), draw.amount("0.00", "100.00"),
                draw.between(0, 5), shares(draw.between(1, 6)), draw.bool()));
        // the edges: the smallest and largest grant, no and full pre-financing, no and most interim payments
        for (String max : List.of("0.01", "0.03", "100000000.00", "99999999.99")) {
            for (String pre : List.of("0.00", "0.01", "33.33", "99.99", "100.00")) {
                for (int interim : new int[] {0, 5}) {
                    for (int wps : new int[] {1, 3, 6}) {
                        addsUpExactly(new BigDecimal(max), new BigDecimal(pre), interim, shares(wps), false);
                        addsUpExactly(new BigDecimal(max), new BigDecimal(pre), interim, shares(wps), true);
                    }
                }
            }
        }
    }
}
