package io.grantflow.shared;

import io.grantflow.shared.money.InvalidAmountException;
import io.grantflow.shared.money.Money;
import io.grantflow.support.Seeded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void parsesAndPrintsTwoDecimals() {
        assertThat(Money.eur("42000000").toString()).isEqualTo("42000000.00");
        assertThat(Money.eur("1100.5").toString()).isEqualTo("1100.50");
        assertThat(Money.eur("-0.01").isNegative()).isTrue();
    }

    @Test
    void refusesMoreThanTwoDecimalsAndNonNumbers() {
        assertThatThrownBy(() -> Money.eur("0.001")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.eur("1e3")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.eur("12,50")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"))).isInstanceOf(InvalidAmountException.class);
        assertThat(Money.of(new BigDecimal("1.500")).toString()).isEqualTo("1.50");
    }

    @Test
    void percentRoundsHalfEvenToCents() {
        assertThat(Money.eur("0.05").percent(new BigDecimal("50"))).isEqualTo(Money.eur("0.02")); // 0.025 -> 0.02
        assertThat(Money.eur("0.15").percent(new BigDecimal("50"))).isEqualTo(Money.eur("0.08")); // 0.075 -> 0.08
        assertThat(Money.eur("1000000.00").percent(new BigDecimal("75.00"))).isEqualTo(Money.eur("750000.00"));
    }

    // ---- invariants over seeded random amounts (1,000 runs each; edges drawn more often, and listed below)

    private static final String LIMIT = "9999999999999.00";

    private static void printsAndParsesExactly(BigDecimal amount) {
        Money money = Money.of(amount);
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(money.amount().scale()).isEqualTo(2);
    }

    private static void addsAndSubtractsWithoutDrift(BigDecimal a, BigDecimal b) {
        Money x = Money.of(a);
        Money y = Money.of(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).amount()).isEqualByComparingTo(a.add(b));
    }

    private static void percentIsWithinHalfACent(BigDecimal a, BigDecimal rate) {
        BigDecimal exact = a.multiply(rate).divide(BigDecimal.valueOf(100), 20, RoundingMode.UNNECESSARY);
        BigDecimal rounded = Money.of(a).percent(rate).amount();
        assertThat(rounded.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Test
    void printingAndParsingIsExact() {
        Seeded.runs(1000, draw -> printsAndParsesExactly(draw.amount("-" + LIMIT, LIMIT)));
        for (String edge : List.of("0.00", "0.01", "-0.01", LIMIT, "-" + LIMIT, "9999999999998.99")) {
            printsAndParsesExactly(new BigDecimal(edge));
        }
    }

    @Test
    void additionAndSubtractionHaveNoDrift() {
        Seeded.runs(1000, draw -> addsAndSubtractsWithoutDrift(draw.amount("0.00", "1000000000.00"),
                draw.amount("0.00", "1000000000.00")));
        addsAndSubtractsWithoutDrift(new BigDecimal("0.00"), new BigDecimal("0.00"));
        addsAndSubtractsWithoutDrift(new BigDecimal("1000000000.00"), new BigDecimal("1000000000.00"));
        addsAndSubtractsWithoutDrift(new BigDecimal("0.01"), new BigDecimal("999999999.99"));
    }

    @Test
    void percentIsNeverMoreThanHalfACentOff() {
        Seeded.runs(1000, draw -> percentIsWithinHalfACent(draw.amount("0.00", "100000000.00"),
                draw.amount("0.00", "100.00")));
        for (String a : List.of("0.00", "0.01", "0.05", "0.15", "100000000.00")) {
            for (String rate : List.of("0.00", "0.01", "50.00", "99.99", "100.00")) {
                percentIsWithinHalfACent(new BigDecimal(a), new BigDecimal(rate));
            }
        }
    }
}
