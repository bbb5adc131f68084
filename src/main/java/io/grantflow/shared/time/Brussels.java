package io.grantflow.shared.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Deadlines and other instants of the programmes are Europe/Brussels time. The API shows every
 * instant with its Brussels offset ({@code 2027-03-04T17:00:00+01:00}) and reads either an
 * instant with an offset or a local date-time, which it takes as Brussels time (daylight saving
 * included).
 */
public final class Brussels {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private Brussels() {
    }

    /**
     * The instant in Brussels time with its offset, to the second ({@code 2027-03-04T17:00:00+01:00}): the
     * one form of an instant the service shows, in JSON fields and inside texts (notifications,
     * timelines, problem details) alike. Fractions of a second are dropped, never rounded up.
     */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE)
                .toOffsetDateTime());
    }

    public static Instant parse(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException offsetless) {
            try {
                return LocalDateTime.parse(t).atZone(ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new DateTimeException("not a date-time such as 2027-03-04T17:00:00+01:00 or "
                        + "2027-03-04T17:00:00 (Europe/Brussels): " + text);
            }
        }
    }

    /** The given local date at the given local time in Brussels. */
    public static Instant at(java.time.LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(ZONE).toInstant();
    }
}
