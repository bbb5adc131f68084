package io.grantflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds: the job executor works asynchronously, tests wait for its effect. */
public final class Await {

    private Await() {
    }

    /** The first value of {@code read} that satisfies {@code done}, or an AssertionError naming the last one. */
    public static <T> T until(Supplier<T> read, Predicate<T> done, Duration timeout, String what) {
        Instant until = Instant.now().plus(timeout);
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
        throw new AssertionError(what + " did not happen within " + timeout + "; last seen: " + value);
    }
}
