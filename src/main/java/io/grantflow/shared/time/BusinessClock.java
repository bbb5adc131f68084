package io.grantflow.shared.time;

import io.grantflow.shared.db.DemoMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The clock all business rules read (deadlines, statuses), so that it has one source. With a
 * configured database it is {@link Clock#systemUTC()}, which nothing can move. In demo mode it is
 * the system clock too, except while the demo loader replays the demo's history: the loader takes
 * the one {@link HistoryReplay} of the process (see docs/decisions/0007-demo-history-replay.md),
 * moves time forward through past days, and closes it, after which time is real for good.
 */
@ApplicationScoped
public class BusinessClock {

    private static final ReplayableClock DEMO_CLOCK = new ReplayableClock();
    private static final AtomicBoolean REPLAY_TAKEN = new AtomicBoolean();

    @Inject
    DemoMode demoMode;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return demoMode.active() ? DEMO_CLOCK : Clock.systemUTC();
    }

    /**
     * The demo loader's handle on time: present only in demo mode and only once per process (the
     * first caller, the loader at start-up, gets it; nobody after). Production never has one.
     */
    public Optional<HistoryReplay> replayHistory() {
        if (!demoMode.active() || !REPLAY_TAKEN.compareAndSet(false, true)) {
            return Optional.empty();
        }
        return Optional.of(new HistoryReplay(DEMO_CLOCK));
    }

    /**
     * Moves the demo's business clock through its history: only forward, never past the real now;
     * {@link #close()} returns to real time for good.
     */
    public static final class HistoryReplay implements AutoCloseable {

        private final ReplayableClock clock;
        private boolean closed;

        private HistoryReplay(ReplayableClock clock) {
            this.clock = clock;
        }

        /** Business time becomes {@code at} (later than the replay's current time, not after the real now). */
        public synchronized void moveTo(Instant at) {
            if (closed) {
                throw new IllegalStateException("the history replay is over");
            }
            Instant current = clock.replayed;
            if (current != null && at.isBefore(current)) {
                throw new IllegalArgumentException("history moves forward: " + at + " is before " + current);
            }
            if (at.isAfter(Instant.now())) {
                throw new IllegalArgumentException("history is in the past: " + at + " is after the real time");
            }
            clock.replayed = at;
        }

        /** Back to the system clock, for good. */
        @Override
        public synchronized void close() {
            closed = true;
            clock.replayed = null;
        }
    }

    /** The system clock, or the replayed instant while the demo's history is replayed. */
    static final class ReplayableClock extends Clock {
        private volatile Instant replayed;

        @Override
        public Instant instant() {
            Instant r = replayed;
            return r != null ? r : Instant.now();
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
