package io.grantflow.shared.web;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AmountInputTest {

    private static Money read(String typed, Locale locale) {
        return AmountInput.parse(typed, locale).orElse(null);
    }

    @Test
    void wholeAmountsAndOneDecimalSeparatorReadTheSameInEveryLanguage() {
        for (Locale l : Languages.SUPPORTED) {
            assertThat(read("2500", l)).as(l.toString()).isEqualTo(Money.eur("2500.00"));
            assertThat(read("2500.5", l)).as(l.toString()).isEqualTo(Money.eur("2500.50"));
            assertThat(read("2500,50", l)).as(l.toString()).isEqualTo(Money.eur("2500.50"));
            assertThat(read(" € 12,5 ", l)).as(l.toString()).isEqualTo(Money.eur("12.50"));
            assertThat(read("300 EUR", l)).as(l.toString()).isEqualTo(Money.eur("300.00"));
            assertThat(read("-5", l)).as("a negative amount is read; the rules refuse it").isEqualTo(Money.eur("-5.00"));
        }
    }

    @Test
    void groupsOfThousandsAreReadAsEachLanguageWritesThem() {
        assertThat(read("2,500.50", Locale.ENGLISH)).isEqualTo(Money.eur("2500.50"));
        assertThat(read("1,000,000", Locale.ENGLISH)).isEqualTo(Money.eur("1000000.00"));
        assertThat(read("2 500,50", Locale.FRENCH)).isEqualTo(Money.eur("2500.50"));
        assertThat(read("2\u202f500,50\u00a0€", Locale.FRENCH)).as("as the JDK formats it").isEqualTo(Money.eur("2500.50"));
        assertThat(read("2.500,50", Locale.GERMAN)).isEqualTo(Money.eur("2500.50"));
        assertThat(read("1.500", Locale.GERMAN)).isEqualTo(Money.eur("1500.00"));
    }

    @Test
    void whatCannotBeReadWithoutGuessingIsNotRead() {
        for (String typed : new String[] {"12,5x", "abc", "", "  ", "1.2.3", "12.345", "0,001", "1e5", "--1",
                "12345678901234", "€"}) {
            assertThat(AmountInput.parse(typed, Locale.ENGLISH)).as(typed).isEmpty();
        }
        assertThat(AmountInput.parse("1,500", Locale.GERMAN)).as("1,500 in German would be 1.5 with three decimals").isEmpty();
        assertThat(AmountInput.parse("1,500", Locale.FRENCH)).isEmpty();
        assertThat(AmountInput.parse("2.500,50", Locale.ENGLISH)).isEmpty();
        assertThat(AmountInput.parse(null, Locale.ENGLISH)).isEmpty();
    }
}
