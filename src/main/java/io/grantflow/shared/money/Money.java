package io.grantflow.shared.money;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros: {@link BigDecimal} with exactly two decimals. Amounts given from outside
 * must already have at most two decimals (they are never silently rounded); amounts computed
 * inside (a rate applied to an amount) are rounded explicitly, HALF_EVEN unless a rule says
 * otherwise. Only EUR exists in the product, so a currency mix cannot happen; {@link #CURRENCY}
 * names it for the API and exports.
 *
 * <p>In JSON an amount is a string with exactly two decimals, e.g. {@code "42000000.00"}.
 * Input may also be a JSON number; either way more than two decimals is refused.
 */
@JsonDeserialize(using = MoneyDeserializer.class)
@Schema(type = SchemaType.STRING, pattern = Money.PATTERN, examples = "1400000.00",
        description = "An amount in EUR: a string with exactly two decimals")
public final class Money implements Comparable<Money> {

    public static final String CURRENCY = "EUR";
    public static final int SCALE = 2;
    /** The form of an amount in the API's JSON (the OpenAPI document says so). */
    public static final String PATTERN = "^-?[0-9]{1,13}\\.[0-9]{2}$";
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** An exact amount: refuses more than two decimals rather than rounding them away. */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new InvalidAmountException("an amount in EUR has at most 2 decimals: " + amount.toPlainString());
        }
        return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    /** Parses {@code "1234.50"} (or {@code "1234"}); refuses anything else. */
    public static Money parse(String text) {
        if (text == null || !text.trim().matches("-?\\d{1,13}(\\.\\d{1,2})?")) {
            throw new InvalidAmountException("not an amount in EUR with at most 2 decimals: " + text);
        }
        return of(new BigDecimal(text.trim()));
    }

    public static Money eur(String text) {
        return parse(text);
    }

    /** A computed amount, rounded to cents with the given rounding. */
    public static Money rounded(BigDecimal amount, RoundingMode rounding) {
        return new Money(amount.setScale(SCALE, rounding));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a percentage (e.g. 90.00 for 90%), rounded HALF_EVEN to cents. */
    public Money percent(BigDecimal percentage) {
        return percent(percentage, RoundingMode.HALF_EVEN);
    }

    /**
     * This amount times a percentage, rounded to cents as the rule says: DOWN for a tranche (never
     * pay more than the share), UP for a minimum to reach (never require less).
     */
    public Money percent(BigDecimal percentage, RoundingMode rounding) {
        return rounded(amount.multiply(percentage).divide(HUNDRED, SCALE + 10, rounding), rounding);
    }

    /**
     * The share of {@code whole} this amount is, as a percentage with 2 decimals rounded DOWN (a share
     * is never shown as reached before it is); 0.00 of a zero whole.
     */
    public BigDecimal percentOf(Money whole) {
        if (whole.isZero()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return amount.multiply(HUNDRED).divide(whole.amount, SCALE, RoundingMode.DOWN);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean greaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean lessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The JSON and display form: plain digits with two decimals, e.g. {@code 42000000.00}. */
    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
