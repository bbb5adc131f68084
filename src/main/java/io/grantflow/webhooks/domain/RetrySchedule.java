package io.grantflow.webhooks.domain;

import java.time.Duration;
import java.util.List;

/**
 * How long a failed delivery waits before its next attempt: 5 s, 5 min, 30 min, 2 h, 5 h, then every 10 h,
 * until the retry window ({@code grantflow.webhooks.retry-window}) ends.
 */
public final class RetrySchedule {

    static final List<Duration> WAITS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));

    private RetrySchedule() {
    }

    /** The wait after the {@code attempts}-th failed attempt (from 1). */
    public static Duration after(int attempts) {
        return WAITS.get(Math.min(Math.max(attempts, 1), WAITS.size()) - 1);
    }
}
