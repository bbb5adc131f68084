package io.grantflow.support;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The helper itself: a failing run names its seed, and that seed replays the failure at once. */
class SeededTest {

    @Test
    void aFailingRunNamesItsSeedAndTheSeedReplaysIt() {
        List<Integer> drawn = new ArrayList<>();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> Seeded.runs(10_000, draw -> {
            int n = draw.between(0, 99);
            drawn.add(n);
            assertThat(n).isNotEqualTo(42);
        }));
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("failed with seed");
        String seed = failure.getMessage().replaceAll("(?s).*failed with seed (-?\\d+).*", "$1");
        String before = System.getProperty(Seeded.SEED_PROPERTY);
        System.setProperty(Seeded.SEED_PROPERTY, seed);
        try {
            List<Integer> replayed = new ArrayList<>();
            assertThatThrownBy(() -> Seeded.runs(10_000, draw -> {
                int n = draw.between(0, 99);
                replayed.add(n);
                assertThat(n).isNotEqualTo(42);
            })).hasMessageContaining("run 1 of 10000 failed with seed " + seed);
            assertThat(replayed).containsExactly(42);
        } finally {
            if (before == null) {
                System.clearProperty(Seeded.SEED_PROPERTY);
            } else {
                System.setProperty(Seeded.SEED_PROPERTY, before);
            }
        }
        assertThat(drawn).last().isEqualTo(42);
    }

    @Test
    void amountsStayInTheirRangeWithTwoDecimalsAndReachTheEdges() {
        List<java.math.BigDecimal> amounts = new ArrayList<>();
        Seeded.runs(2000, draw -> amounts.add(draw.amount("-5.00", "5.00")));
        assertThat(amounts).allSatisfy(a -> {
            assertThat(a.scale()).isEqualTo(2);
            assertThat(a).isBetween(new java.math.BigDecimal("-5.00"), new java.math.BigDecimal("5.00"));
        });
        assertThat(amounts).contains(new java.math.BigDecimal("-5.00"), new java.math.BigDecimal("5.00"),
                new java.math.BigDecimal("0.00"));
    }
}
