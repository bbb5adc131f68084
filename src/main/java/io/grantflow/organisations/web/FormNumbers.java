package io.grantflow.organisations.web;

import io.grantflow.shared.web.AmountInput;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers (a staff headcount, a share in percent) as people type them in a form, read in the page's language
 * (amounts in euros are read by {@link AmountInput}): {@code 1,250,000.50} in English,
 * {@code 1 250 000,50} in French, {@code 1.250.000,50} in German. Spaces (also no-break ones), apostrophes,
 * a euro or percent sign are ignored; the grouping separator is accepted only between groups of three digits, so
 * that {@code 12,5} is never read as 125 in English. Where the language groups with spaces (French) both
 * {@code ,} and {@code .} are read as the decimal separator. Anything else is {@link #INVALID}: the form says so
 * next to the field, and the rules of the amount itself (decimals, sign, size) stay with {@link Money} and the
 * registration policy.
 */
final class FormNumbers {

    /** The code of a text that is not a number (the API's code for a value it cannot read). */
    static final String INVALID = "invalid_value";

    /** What was read: a value, nothing (blank), or the code of the problem. */
    record Reading<T>(T value, String problem) {

        static <T> Reading<T> blank() {
            return new Reading<>(null, null);
        }

        boolean failed() {
            return problem != null;
        }
    }

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009'’€%]|EUR|eur");

    private FormNumbers() {
    }

    /** A number (a staff headcount, a share in percent). */
    static Reading<BigDecimal> number(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Reading.blank();
        }
        String plain = plain(text, locale);
        return plain == null ? new Reading<>(null, INVALID) : new Reading<>(new BigDecimal(plain), null);
    }

    /**
     * An amount in euros, read by the one reader of typed amounts ({@link AmountInput}, also the apply form's):
     * what it cannot read without guessing (three decimals, {@code 12,5x}, more digits than {@link Money} holds) is
     * {@link #INVALID}.
     */
    static Reading<Money> amount(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Reading.blank();
        }
        return AmountInput.parse(text, locale).map(m -> new Reading<>(m, null))
                .orElseGet(() -> new Reading<>(null, INVALID));
    }

    /** The number as {@link BigDecimal} reads it ({@code -1250000.50}), or null when it is none. */
    static String plain(String text, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        String s = IGNORED.matcher(text.trim().replace('\u2212', '-')).replaceAll("");
        boolean spaceGrouped = Character.isSpaceChar(grouping) || Character.isWhitespace(grouping);
        String decimals = spaceGrouped ? "[.,]" : Pattern.quote(String.valueOf(decimal));
        String groups = spaceGrouped ? "" : "|\\d{1,3}(?:" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+";
        Pattern number = Pattern.compile("(-?)(\\d+" + groups + ")(?:" + decimals + "(\\d+))?");
        var m = number.matcher(s);
        if (s.length() > 60 || !m.matches()) {
            return null;
        }
        String whole = m.group(2).replaceAll("\\D", "");
        return m.group(1) + whole + (m.group(3) == null ? "" : "." + m.group(3));
    }
}
