package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterXchangeLumpSumTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 22);

    @Test
    void aFullWeekFarAwayGetsTheHostCountrysAmount() {
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("800.00"), MONDAY, MONDAY.plusDays(6), 900))
                .isEqualTo(Money.eur("800.00"));
    }

    @Test
    void theAmountIsNeverAboveTheCap() {
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("1500.00"), MONDAY, MONDAY.plusDays(6), 900))
                .isEqualTo(ClusterXchangeLumpSum.CAP);
    }

    @Test
    void aShortStayOrANearHostHalvesItRoundedDown() {
        LocalDate shortStayEnd = MONDAY.plusDays(ClusterXchangeLumpSum.SHORT_STAY_DAYS - 2);
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("1100.00"), MONDAY, shortStayEnd, 900))
                .isEqualTo(Money.eur("550.00"));
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("1100.00"), MONDAY, MONDAY.plusDays(6),
                ClusterXchangeLumpSum.NEAR_KM - 1)).isEqualTo(Money.eur("550.00"));
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("999.99"), MONDAY, shortStayEnd, 150))
                .isEqualTo(Money.eur("499.99"));
    }

    @Test
    void fiveDaysAnd200KmAreNotShortNorNear() {
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("1000.00"), MONDAY, MONDAY.plusDays(4),
                ClusterXchangeLumpSum.NEAR_KM)).isEqualTo(Money.eur("1000.00"));
    }

    @Test
    void theReasonsForHalvingAreTheShortStayTheNearHostOrBothAndItIsHalvedOnce() {
        LocalDate shortStayEnd = MONDAY.plusDays(ClusterXchangeLumpSum.SHORT_STAY_DAYS - 2);
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, MONDAY.plusDays(4), ClusterXchangeLumpSum.NEAR_KM)).isEmpty();
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, shortStayEnd, 900))
                .containsExactly(ClusterXchangeLumpSum.Halving.SHORT_STAY);
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, MONDAY.plusDays(6), ClusterXchangeLumpSum.NEAR_KM - 1))
                .containsExactly(ClusterXchangeLumpSum.Halving.NEAR);
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, shortStayEnd, 150))
                .containsExactly(ClusterXchangeLumpSum.Halving.SHORT_STAY, ClusterXchangeLumpSum.Halving.NEAR);
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("1100.00"), MONDAY, shortStayEnd, 150))
                .as("short and near: halved once, not quartered").isEqualTo(Money.eur("550.00"));
        assertThat(ClusterXchangeLumpSum.capped(Money.eur("1500.00"))).isEqualTo(ClusterXchangeLumpSum.CAP);
    }

    @Test
    void anExchangeLastsFrom3WorkingDaysToAMonth() {
        assertThat(ClusterXchangeLumpSum.validStay(MONDAY, MONDAY.plusDays(2))).isTrue();
        assertThat(ClusterXchangeLumpSum.validStay(MONDAY, MONDAY.plusDays(1))).isFalse();
        LocalDate friday = MONDAY.plusDays(4);
        assertThat(ClusterXchangeLumpSum.workingDays(friday, friday.plusDays(3))).isEqualTo(2);
        assertThat(ClusterXchangeLumpSum.validStay(friday, friday.plusDays(3))).isFalse();
        assertThat(ClusterXchangeLumpSum.validStay(MONDAY, MONDAY.plusMonths(1).minusDays(1))).isTrue();
        assertThat(ClusterXchangeLumpSum.validStay(MONDAY, MONDAY.plusMonths(1))).isFalse();
        assertThat(ClusterXchangeLumpSum.validStay(MONDAY, MONDAY.minusDays(1))).isFalse();
    }

    @Test
    void threeWorkingDaysMayRunOverAWeekend() {
        LocalDate thursday = MONDAY.plusDays(3);
        // Thursday, Friday, (Saturday, Sunday), Monday: 5 days, 3 of them working days
        assertThat(ClusterXchangeLumpSum.workingDays(thursday, thursday.plusDays(4))).isEqualTo(3);
        assertThat(ClusterXchangeLumpSum.validStay(thursday, thursday.plusDays(4))).isTrue();
        // Friday to Monday: 2 working days
        assertThat(ClusterXchangeLumpSum.validStay(thursday.plusDays(1), thursday.plusDays(4))).isFalse();
        // Saturday to Tuesday: 2 working days; Saturday to Wednesday: 3
        LocalDate saturday = MONDAY.plusDays(5);
        assertThat(ClusterXchangeLumpSum.validStay(saturday, saturday.plusDays(3))).isFalse();
        assertThat(ClusterXchangeLumpSum.validStay(saturday, saturday.plusDays(4))).isTrue();
    }

    @Test
    void aMonthCountsTheFirstAndTheLastDay() {
        // the 1st to the last day of the month: exactly one month
        assertThat(ClusterXchangeLumpSum.validStay(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))).isTrue();
        // the 1st to the 1st of the next month: one month and a day
        assertThat(ClusterXchangeLumpSum.validStay(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1))).isFalse();
        // February: the 1st to the 28th is the month; the 15th to the 14th of March too, the 15th not
        assertThat(ClusterXchangeLumpSum.validStay(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(ClusterXchangeLumpSum.validStay(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(ClusterXchangeLumpSum.validStay(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 14))).isTrue();
        assertThat(ClusterXchangeLumpSum.validStay(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 15))).isFalse();
        assertThat(ClusterXchangeLumpSum.latestEnd(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void fourDaysAreAShortStayAndFiveAreNotCountingBothEnds() {
        assertThat(ClusterXchangeLumpSum.days(MONDAY, MONDAY.plusDays(3))).isEqualTo(4);
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, MONDAY.plusDays(3), 900))
                .containsExactly(ClusterXchangeLumpSum.Halving.SHORT_STAY);
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, MONDAY.plusDays(4), 900)).isEmpty();
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("780.00"), MONDAY, MONDAY.plusDays(3), 900))
                .isEqualTo(Money.eur("390.00"));
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("780.00"), MONDAY, MONDAY.plusDays(4), 900))
                .isEqualTo(Money.eur("780.00"));
    }

    @Test
    void under200KmIsNearAnd200KmIsNot() {
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, MONDAY.plusDays(4), 199))
                .containsExactly(ClusterXchangeLumpSum.Halving.NEAR);
        assertThat(ClusterXchangeLumpSum.halvedBecause(MONDAY, MONDAY.plusDays(4), 200)).isEmpty();
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("1100.00"), MONDAY, MONDAY.plusDays(4), 199))
                .isEqualTo(Money.eur("550.00"));
        assertThat(ClusterXchangeLumpSum.amount(Money.eur("1100.00"), MONDAY, MONDAY.plusDays(4), 200))
                .isEqualTo(Money.eur("1100.00"));
    }

    @Test
    void daysCountBothEnds() {
        assertThat(ClusterXchangeLumpSum.days(MONDAY, MONDAY)).isEqualTo(1);
        assertThat(ClusterXchangeLumpSum.days(MONDAY, MONDAY.plusDays(6))).isEqualTo(7);
    }
}
