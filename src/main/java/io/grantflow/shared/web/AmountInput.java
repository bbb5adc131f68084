package io.grantflow.shared.web;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in euros as a person types it in a form, read for the page's language: {@code 2500}, {@code 2500.5},
 * {@code 2500,50}, {@code 2,500.50} (English), {@code 2 500,50} (French), {@code 2.500,50} (German), with or
 * without {@code €}. One separator followed by one or two digits is the decimal separator in every language;
 * the language's grouping separator is accepted between groups of three digits (not after a leading 0). Anything
 * else (three decimals, {@code 12,5x}, {@code 1,500} in German) is not read, so that the form can say so rather
 * than guess.
 */
public final class AmountInput {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,13}([.,]\\d{1,2})?");
    private static final int MAX_INTEGER_DIGITS = 13;

    private AmountInput() {
    }

    /** The amount typed, or empty when it cannot be read as one (blank input is empty too). */
    public static Optional<Money> parse(String typed, Locale locale) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = SPACES.matcher(typed).replaceAll("");
        t = strip(strip(t, "€"), "EUR");
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        String plain = null;
        if (PLAIN.matcher(t).matches()) {
            plain = t.replace(',', '.');
        } else {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale);
            String group = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
            String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
            if (Pattern.matches("[1-9]\\d{0,2}(" + group + "\\d{3})+(" + decimal + "\\d{1,2})?", t)) {
                plain = t.replace(String.valueOf(symbols.getGroupingSeparator()), "")
                        .replace(symbols.getDecimalSeparator(), '.');
            }
        }
        if (plain == null || plain.indexOf('.') > MAX_INTEGER_DIGITS
                || (plain.indexOf('.') < 0 && plain.length() > MAX_INTEGER_DIGITS)) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(plain);
        return Optional.of(Money.of(negative ? amount.negate() : amount));
    }

    private static String strip(String text, String symbol) {
        String t = text;
        if (t.regionMatches(true, 0, symbol, 0, symbol.length())) {
            t = t.substring(symbol.length());
        }
        if (t.length() >= symbol.length() && t.regionMatches(true, t.length() - symbol.length(), symbol, 0, symbol.length())) {
            t = t.substring(0, t.length() - symbol.length());
        }
        return t;
    }
}
