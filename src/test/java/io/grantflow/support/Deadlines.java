package io.grantflow.support;

import io.quarkus.arc.Arc;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Lets a deadline pass without waiting for it, so that no test depends on how fast the machine is:
 * a test sets its deadline far enough ahead (an hour) to do everything that comes before it, then
 * {@link #pass(Instant)} moves the business clock ({@link TestClock}) past it and makes the engine's
 * timers of that deadline (call and proposal lifecycles wait for it) due now; the job executor then
 * fires them as it would at the deadline. A test that calls it resets the clock afterwards
 * ({@code TestClock.reset()} in {@code @AfterEach}).
 */
public final class Deadlines {

    /** Ahead enough for any machine to publish, draft and submit before it. */
    public static final Duration AHEAD = Duration.ofHours(1);

    private Deadlines() {
    }

    /** A deadline {@link #AHEAD} of the business clock, to the millisecond (the engine's timers' precision). */
    public static Instant ahead() {
        return TestClock.now().plus(AHEAD).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public static void pass(Instant deadline) {
        Duration until = Duration.between(TestClock.now(), deadline);
        if (!until.isNegative()) {
            TestClock.advance(until.plusSeconds(1));
        }
        ManagementService engine = Arc.container().instance(ManagementService.class).get();
        long at = Date.from(deadline).getTime();
        // The call's lifecycle reaches its deadline timer in the job executor, after publication returned: on a busy
        // machine the timer may not exist yet. Wait for it (a bound only stops a hang: a deadline nobody waits for
        // just returns), then catch the timers that appear just after (the proposals' lifecycles).
        Instant bound = Instant.now().plus(Duration.ofSeconds(60));
        int moved = dueNow(engine, at);
        while (moved == 0 && Instant.now().isBefore(bound)) {
            sleep(100);
            moved = dueNow(engine, at);
        }
        sleep(300);
        dueNow(engine, at);
    }

    /** Makes the timers due at {@code at} (to the millisecond) due now; how many there were. */
    private static int dueNow(ManagementService engine, long at) {
        List<Job> timers = engine.createJobQuery().timers()
                .duedateHigherThan(new Date(at - 1)).duedateLowerThan(new Date(at + 1)).list();
        Date now = new Date();
        for (Job timer : timers) {
            engine.setJobDuedate(timer.getId(), now);
        }
        return timers.size();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while letting a deadline pass");
        }
    }
}
