package io.grantflow.organisations.web;

import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers typed in a form, read as the page's language writes them; nothing misread silently. */
class FormNumbersTest {

    private static final Locale EN = Locale.UK;
    private static final Locale FR = Locale.FRENCH;
    private static final Locale DE = Locale.GERMAN;

    @Test
    void englishGroupsWithCommasAndSeparatesDecimalsWithAPoint() {
        assertThat(FormNumbers.plain("1,250,000.50", EN)).isEqualTo("1250000.50");
        assertThat(FormNumbers.plain("1250000.5", EN)).isEqualTo("1250000.5");
        assertThat(FormNumbers.plain(" €2,000,000 ", EN)).isEqualTo("2000000");
        assertThat(FormNumbers.plain("12,5", EN)).as("not a group of three: not read as 125").isNull();
        assertThat(FormNumbers.plain("1,2345", EN)).isNull();
    }

    @Test
    void frenchGroupsWithSpacesAndTakesACommaOrAPointForDecimals() {
        assertThat(FormNumbers.plain("1 250 000,50", FR)).isEqualTo("1250000.50");
        assertThat(FormNumbers.plain("1\u202F250\u202F000,50 €", FR)).isEqualTo("1250000.50");
        assertThat(FormNumbers.plain("1\u00A0250,5", FR)).isEqualTo("1250.5");
        assertThat(FormNumbers.plain("12.5", FR)).isEqualTo("12.5");
        assertThat(FormNumbers.plain("30 %", FR)).isEqualTo("30");
    }

    @Test
    void germanGroupsWithPointsAndSeparatesDecimalsWithAComma() {
        assertThat(FormNumbers.plain("1.250.000,50", DE)).isEqualTo("1250000.50");
        assertThat(FormNumbers.plain("12,5", DE)).isEqualTo("12.5");
        assertThat(FormNumbers.plain("1.500", DE)).isEqualTo("1500");
        assertThat(FormNumbers.plain("12.5", DE)).as("a point groups three digits in German").isNull();
    }

    @Test
    void aSignIsKeptForTheRulesToRefuse() {
        assertThat(FormNumbers.plain("-5", EN)).isEqualTo("-5");
        assertThat(FormNumbers.plain("\u22125", EN)).isEqualTo("-5");
    }

    @Test
    void textThatIsNoNumberIsInvalidAndBlankIsNothing() {
        for (String text : new String[] {"abc", "1e5", "12..5", "1-2", ".", "0x10", "1.2.3"}) {
            assertThat(FormNumbers.number(text, EN).problem()).as(text).isEqualTo(FormNumbers.INVALID);
        }
        assertThat(FormNumbers.number("  ", EN)).isEqualTo(new FormNumbers.Reading<BigDecimal>(null, null));
        assertThat(FormNumbers.number(null, EN).failed()).isFalse();
        assertThat(FormNumbers.number("1".repeat(61), EN).problem()).isEqualTo(FormNumbers.INVALID);
    }

    @Test
    void amountsHaveAtMostTwoDecimalsAndTheSizeMoneyAllows() {
        assertThat(FormNumbers.amount("1,250,000.5", EN).value()).isEqualTo(Money.eur("1250000.50"));
        assertThat(FormNumbers.amount("1 250 000,505", FR).problem()).as("three decimals").isEqualTo(FormNumbers.INVALID);
        assertThat(FormNumbers.amount("1.10", EN).value()).isEqualTo(Money.eur("1.10"));
        assertThat(FormNumbers.amount("12345678901234", EN).problem()).as("more digits than an amount has")
                .isEqualTo(FormNumbers.INVALID);
        assertThat(FormNumbers.amount("x", EN).problem()).isEqualTo(FormNumbers.INVALID);
        assertThat(FormNumbers.amount("", EN)).isEqualTo(new FormNumbers.Reading<Money>(null, null));
    }
}
