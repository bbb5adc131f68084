package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The ClusterXchange lump sum: the host country's amount, never above EUR 1,100; halved (to the
 * cent, rounded down) when the stay is under 5 days and/or the distance under 200 km. An exchange
 * lasts from 3 working days to 1 month.
 */
public final class ClusterXchangeLumpSum {

    public static final Money CAP = Money.eur("1100.00");
    public static final int SHORT_STAY_DAYS = 5;
    public static final int NEAR_KM = 200;
    /** A short or near stay is paid this share of the lump sum, cut down to the cent. */
    public static final BigDecimal SHORT_OR_NEAR_PERCENT = BigDecimal.valueOf(50);

    private ClusterXchangeLumpSum() {
    }

    public static Money amount(Money hostCountryAmount, LocalDate from, LocalDate to, int distanceKm) {
        Money base = hostCountryAmount.greaterThan(CAP) ? CAP : hostCountryAmount;
        if (days(from, to) < SHORT_STAY_DAYS || distanceKm < NEAR_KM) {
            return base.percent(SHORT_OR_NEAR_PERCENT, RoundingMode.DOWN);
        }
        return base;
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

    /** Whether the stay is an exchange: at least 3 working days, at most 1 month. */
    public static boolean validStay(LocalDate from, LocalDate to) {
        return !to.isBefore(from) && workingDays(from, to) >= 3 && !to.isAfter(from.plusMonths(1));
    }
}
