package io.grantflow.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seeded, randomised runs of an invariant, for plain JUnit 5 tests. Each run draws its inputs from a
 * {@link Random} seeded with its own seed (the series' seed plus the run's index); the series' seed is
 * printed before the runs, and a failing run's seed is in the assertion message. To replay a failure,
 * pass that seed: {@code ./mvnw -o test -Dtest=MoneyTest -Dseed=<seed>} starts the series at it, so the
 * first run repeats the failing one.
 *
 * <pre>{@code
 * Seeded.runs(1000, draw -> {
 *     BigDecimal a = draw.amount("0.00", "1000000000.00");
 *     assertThat(...);
 * });
 * }</pre>
 */
public final class Seeded {

    /** The system property that fixes the series' seed. */
    public static final String SEED_PROPERTY = "seed";

    /** One run of an invariant over drawn inputs. */
    @FunctionalInterface
    public interface Check {
        void run(Draw draw) throws Exception;
    }

    private Seeded() {
    }

    /** Runs {@code check} {@code count} times, each with inputs drawn from its own seed. */
    public static void runs(int count, Check check) {
        String name = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(s -> s.skip(1)
                .filter(f -> !f.getMethodName().startsWith("lambda$")).findFirst()
                .map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getMethodName()).orElse("?"));
        String fixed = System.getProperty(SEED_PROPERTY);
        long base = fixed == null || fixed.isBlank() ? ThreadLocalRandom.current().nextLong() : Long.parseLong(fixed.trim());
        System.out.printf("[seeded] %s: %d runs from seed %d (replay: -D%s=%d)%n", name, count, base, SEED_PROPERTY, base);
        for (int i = 0; i < count; i++) {
            long seed = base + i;
            Draw draw = new Draw(seed);
            try {
                check.run(draw);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(name + ": run " + (i + 1) + " of " + count + " failed with seed " + seed
                        + " (replay: -D" + SEED_PROPERTY + "=" + seed + "), inputs " + draw.drawn + ": " + e.getMessage(), e);
            }
        }
    }

    /** The inputs of one run: uniform draws, amounts with a bias towards their edges (as jqwik had). */
    public static final class Draw {

        private static final int EDGE_ONE_IN = 20;

        private final Random random;
        private final StringBuilder drawn = new StringBuilder();

        Draw(long seed) {
            this.random = new Random(seed);
        }

        public Random random() {
            return random;
        }

        /** An integer in [min, max]. */
        public int between(int min, int max) {
            return note((int) random.nextLong(min, (long) max + 1));
        }

        public boolean bool() {
            return note(random.nextBoolean());
        }

        @SafeVarargs
        public final <T> T oneOf(T... values) {
            return note(values[random.nextInt(values.length)]);
        }

        public <T> T oneOf(List<T> values) {
            return note(values.get(random.nextInt(values.size())));
        }

        /** An amount of scale 2 in [min, max]; one draw in 20 is an edge (min, max, 0 or ±0.01 when inside). */
        public BigDecimal amount(String min, String max) {
            long lo = new BigDecimal(min).movePointRight(2).longValueExact();
            long hi = new BigDecimal(max).movePointRight(2).longValueExact();
            long cents;
            if (random.nextInt(EDGE_ONE_IN) == 0) {
                long[] edges = {lo, hi, 0, 1, -1, lo + 1, hi - 1};
                cents = edges[random.nextInt(edges.length)];
                if (cents < lo || cents > hi) {
                    cents = lo;
                }
            } else {
                cents = random.nextLong(lo, hi + 1);
            }
            return note(BigDecimal.valueOf(cents, 2));
        }

        private <T> T note(T value) {
            drawn.append(drawn.length() == 0 ? "" : ", ").append(value);
            return value;
        }
    }
}
