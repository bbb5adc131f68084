package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ClusterXchange lump sum: the host country's amount, never above EUR 1,100; halved (to the
 * cent, rounded down) when the stay is under 5 days and/or the distance under 200 km. An exchange
 * lasts from 3 working days to 1 month. Every length counts the stay's first and last day.
 */
public final class ClusterXchangeLumpSum {

    public static final Money CAP = Money.eur("1100.00");
    public static final int SHORT_STAY_DAYS = 5;
    public static final int NEAR_KM = 200;
    /** A short or near stay is paid this share of the lump sum, cut down to the cent. */
    public static final BigDecimal SHORT_OR_NEAR_PERCENT = BigDecimal.valueOf(50);

    /** Why a lump sum is halved; both may hold, and it is still halved once. */
    public enum Halving {
        /** The stay lasts under {@link #SHORT_STAY_DAYS} calendar days (first and last day counted). */
        SHORT_STAY,
        /** The distance from the visitor's place to the host's is under {@link #NEAR_KM} km. */
        NEAR
    }

    private ClusterXchangeLumpSum() {
    }

    public static Money amount(Money hostCountryAmount, LocalDate from, LocalDate to, int distanceKm) {
        Money base = capped(hostCountryAmount);
        if (!halvedBecause(from, to, distanceKm).isEmpty()) {
            return base.percent(SHORT_OR_NEAR_PERCENT, RoundingMode.DOWN);
        }
        return base;
    }

    /** The host country's amount, never above {@link #CAP}. */
    public static Money capped(Money hostCountryAmount) {
        return hostCountryAmount.greaterThan(CAP) ? CAP : hostCountryAmount;
    }

    /** Why the lump sum of this stay is halved: none, a short stay, a near host, or both. */
    public static Set<Halving> halvedBecause(LocalDate from, LocalDate to, int distanceKm) {
        Set<Halving> why = EnumSet.noneOf(Halving.class);
        if (days(from, to) < SHORT_STAY_DAYS) {
            why.add(Halving.SHORT_STAY);
        }
        if (distanceKm < NEAR_KM) {
            why.add(Halving.NEAR);
        }
        return why;
    }

    /** Calendar days of the stay, both ends included. */
    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public static int workingDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    /** The stay has at least this many working days (Monday to Friday, both ends counted). */
    public static final int MIN_WORKING_DAYS = 3;

    /**
     * Whether the stay is an exchange: at least 3 working days and at most 1 month, counting its first and its
     * last day. So a stay from the 1st of a month ends at the latest on the last day of that month: one from
     * the 1st to the 1st of the next month lasts a month and a day.
     */
    public static boolean validStay(LocalDate from, LocalDate to) {
        return !to.isBefore(from) && workingDays(from, to) >= MIN_WORKING_DAYS && !to.isAfter(latestEnd(from));
    }

    /** The last day a stay beginning on {@code from} may end: one month later, less one day (both ends counted). */
    public static LocalDate latestEnd(LocalDate from) {
        return from.plusMonths(1).minusDays(1);
    }
}
