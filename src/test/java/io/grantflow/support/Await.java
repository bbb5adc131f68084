package io.grantflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a condition holds: the job executor works asynchronously, tests wait for its effect.
 * The timeout only stops a hang, it never judges speed: however short a test asks for, the wait lasts
 * up to {@link #HANG_BOUND}, because a loaded 2-core machine may take minutes for what takes a second
 * alone. A test that needs time to pass drives the business clock (TestClock), never the wall clock.
 */
public final class Await {

    /** The least time any wait is given before it is reported as a hang. */
    public static final Duration HANG_BOUND = Duration.ofMinutes(5);

    private Await() {
    }

    /** The first value of {@code read} that satisfies {@code done}, or an AssertionError naming the last one. */
    public static <T> T until(Supplier<T> read, Predicate<T> done, Duration timeout, String what) {
        Duration bound = timeout.compareTo(HANG_BOUND) < 0 ? HANG_BOUND : timeout;
        Instant until = Instant.now().plus(bound);
        T value;
        do {
            value = read.get();
            if (done.test(value)) {
                return value;
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        } while (Instant.now().isBefore(until));
        throw new AssertionError(what + " did not happen within " + bound + "; last seen: " + value);
    }
}
