package io.grantflow.shared;

import io.grantflow.shared.money.InvalidAmountException;
import io.grantflow.shared.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    @Property
    void printingAndParsingIsExact(@ForAll @Scale(2) @BigRange(min = "-9999999999999", max = "9999999999999") BigDecimal amount) {
        Money money = Money.of(amount);
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(money.amount().scale()).isEqualTo(2);
    }

    @Property
    void additionAndSubtractionHaveNoDrift(@ForAll @Scale(2) @BigRange(min = "0", max = "1000000000") BigDecimal a,
                                           @ForAll @Scale(2) @BigRange(min = "0", max = "1000000000") BigDecimal b) {
        Money x = Money.of(a);
        Money y = Money.of(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).amount()).isEqualByComparingTo(a.add(b));
    }

    @Property
    void percentIsNeverMoreThanHalfACentOff(@ForAll @Scale(2) @BigRange(min = "0", max = "100000000") BigDecimal a,
                                            @ForAll @Scale(2) @BigRange(min = "0", max = "100") BigDecimal rate) {
        BigDecimal exact = a.multiply(rate).divide(BigDecimal.valueOf(100), 20, RoundingMode.UNNECESSARY);
        BigDecimal rounded = Money.of(a).percent(rate).amount();
        assertThat(rounded.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }
}
