package io.grantflow.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The business clock of {@code @QuarkusTest} runs. It follows the system clock until a test freezes
 * or moves it, so that rules that depend on time (rate limits, retention, deadlines) are driven by the
 * test, never by how fast the machine is. A test that changes it restores it with {@link #reset()}
 * (e.g. in {@code @AfterEach}). The packaged service (the *IT tests) uses the system clock.
 */
@ApplicationScoped
public class TestClock {

    private static final Controlled CLOCK = new Controlled();

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    /** Stops time at the current instant; {@link #advance(Duration)} then moves it. */
    public static Instant freeze() {
        return CLOCK.freeze();
    }

    /** Moves time forward (frozen or not). */
    public static void advance(Duration by) {
        CLOCK.advance(by);
    }

    /** Back to the system clock. */
    public static void reset() {
        CLOCK.reset();
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    static final class Controlled extends Clock {
        private volatile Instant frozen;
        private volatile Duration offset = Duration.ZERO;

        synchronized Instant freeze() {
            if (frozen == null) {
                frozen = Instant.now().plus(offset);
            }
            return frozen;
        }

        synchronized void advance(Duration by) {
            if (frozen != null) {
                frozen = frozen.plus(by);
            } else {
                offset = offset.plus(by);
            }
        }

        synchronized void reset() {
            frozen = null;
            offset = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            Instant f = frozen;
            return f != null ? f : Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }
}
