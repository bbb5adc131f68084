package io.grantflow.shared.web;

import io.grantflow.shared.time.Brussels;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How far a deadline is, as people count it in Brussels: calendar days ("closes in 3 days",
 * "closes tomorrow"), and on the last day the hours left.
 *
 * @param closed the deadline has passed
 * @param days   calendar days from today to the deadline's day in Brussels (0 on the last day)
 * @param hours  whole hours left (meaningful on the last day)
 */
public record Countdown(boolean closed, long days, long hours) {

    public static Countdown until(Instant deadline, Instant now) {
        if (!deadline.isAfter(now)) {
            return new Countdown(true, 0, 0);
        }
        long days = ChronoUnit.DAYS.between(now.atZone(Brussels.ZONE).toLocalDate(),
                deadline.atZone(Brussels.ZONE).toLocalDate());
        return new Countdown(false, days, Duration.between(now, deadline).toHours());
    }
}
