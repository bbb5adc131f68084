package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The SME-share rule: what must reach SMEs (rounded up), what is still needed, and keeping pace with payments. */
class SmeShareTrajectoryTest {

    private static SmeShareTrajectory trajectory(String max, String share) {
        return new SmeShareTrajectory(Money.eur(max), new BigDecimal(share));
    }

    @Test
    void theRequiredSupportIsRoundedUpNeverLess() {
        assertThat(trajectory("1000000.00", "30").required()).isEqualTo(Money.eur("300000.00"));
        assertThat(trajectory("1000000.01", "30").required()).isEqualTo(Money.eur("300000.01")); // 300000.003
        assertThat(trajectory("333.33", "33.33").required()).isEqualTo(Money.eur("111.10")); // 111.098889
        assertThat(trajectory("100.00", "0").required()).isEqualTo(Money.ZERO);
    }

    @Test
    void whatIsStillNeededIsNeverNegative() {
        SmeShareTrajectory t = trajectory("1000000.00", "30");
        assertThat(t.stillNeeded(Money.ZERO)).isEqualTo(Money.eur("300000.00"));
        assertThat(t.stillNeeded(Money.eur("120000.00"))).isEqualTo(Money.eur("180000.00"));
        assertThat(t.stillNeeded(Money.eur("300000.00"))).isEqualTo(Money.ZERO);
        assertThat(t.stillNeeded(Money.eur("450000.00"))).isEqualTo(Money.ZERO);
    }

    @Test
    void beforeAnyPaymentAGrantIsOnItsTrajectory() {
        assertThat(trajectory("1000000.00", "30").isBelow(Money.ZERO, Money.ZERO)).isFalse();
    }

    @Test
    void theSupportCommittedKeepsPaceWithThePayments() {
        SmeShareTrajectory t = trajectory("1000000.00", "30");
        Money paid40 = Money.eur("400000.00"); // 40 % paid: 40 % of 300,000.00 = 120,000.00 due
        assertThat(t.isBelow(Money.eur("120000.00"), paid40)).isFalse();
        assertThat(t.isBelow(Money.eur("119999.99"), paid40)).isTrue();
        assertThat(t.isBelow(Money.eur("300000.00"), Money.eur("1000000.00"))).isFalse();
        assertThat(t.isBelow(Money.eur("299999.99"), Money.eur("1000000.00"))).isTrue();
    }

    /** Seeded: committing what the trajectory asks for by now is never below it; a cent less always is. */
    @Test
    void theTrajectoryNowIsTheLeastSupportThatIsNotBelow() {
        assertThat(trajectory("1000000.00", "30").expectedBy(Money.eur("400000.00"))).isEqualTo(Money.eur("120000.00"));
        // 300,000.00 x 333,333.33 / 1,000,000.00 = 99,999.999: rounded up, never asking less than the rule
        assertThat(trajectory("1000000.00", "30").expectedBy(Money.eur("333333.33"))).isEqualTo(Money.eur("100000.00"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            Money max = Money.of(BigDecimal.valueOf(100 + random.nextInt(100_000_000), 2));
            SmeShareTrajectory t = new SmeShareTrajectory(max, BigDecimal.valueOf(1 + random.nextInt(10_000), 2));
            Money paid = Money.of(BigDecimal.valueOf((long) (random.nextDouble() * max.amount().movePointRight(2)
                    .longValue()), 2));
            Money expected = t.expectedBy(paid);
            assertThat(t.isBelow(expected, paid)).as("seed %d: %s expected of %s paid", seed, expected, paid).isFalse();
            if (expected.isPositive()) {
                assertThat(t.isBelow(expected.minus(Money.eur("0.01")), paid)).as("seed %d", seed).isTrue();
            }
        }
    }

    /** Seeded: the cross-multiplied comparison is the comparison of the two shares, computed exactly. */
    @Test
    void belowMeansASmallerShareOfTheRequiredThanOfTheMaximumPaid() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            long maxCents = 100 + random.nextInt(100_000_000);
            Money max = Money.of(BigDecimal.valueOf(maxCents, 2));
            BigDecimal share = BigDecimal.valueOf(1 + random.nextInt(10_000), 2);
            SmeShareTrajectory t = new SmeShareTrajectory(max, share);
            Money paid = Money.of(BigDecimal.valueOf((long) (random.nextDouble() * maxCents), 2));
            Money committed = Money.of(BigDecimal.valueOf((long) (random.nextDouble() * t.required().amount()
                    .movePointRight(2).longValue()), 2));
            MathContext exact = new MathContext(40);
            boolean expected = committed.amount().divide(t.required().amount(), exact)
                    .compareTo(paid.amount().divide(max.amount(), exact)) < 0;
            assertThat(t.isBelow(committed, paid)).as("seed %d, case %d", seed, i).isEqualTo(expected);
        }
    }
}
