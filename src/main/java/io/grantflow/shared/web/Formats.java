package io.grantflow.shared.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.time.Brussels;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How pages show amounts, dates and countries, as the JDK formats them for the page's language
 * ({@code 1 100,00 €} in French, with narrow no-break spaces); instants always in Brussels time.
 * Templates reach them through {@link TemplateFormats}.
 */
public final class Formats {

    private Formats() {
    }

    /** An amount in euros for the locale, with cents. */
    public static String money(Money amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(Money.CURRENCY));
        f.setMinimumFractionDigits(Money.SCALE);
        f.setMaximumFractionDigits(Money.SCALE);
        return f.format(amount.amount());
    }

    /** The date and time in Brussels (e.g. {@code 4 March 2027, 17:00}); the page says it is Brussels time. */
    public static String brusselsDateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(Brussels.ZONE).format(instant);
    }

    /** The date in Brussels (e.g. {@code 4 March 2027}). */
    public static String brusselsDate(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).withZone(Brussels.ZONE).format(instant);
    }

    /** The machine-readable form for {@code <time datetime>}: the instant with its Brussels offset. */
    public static String isoBrussels(Instant instant) {
        return instant == null ? "" : Brussels.format(instant);
    }

    /** A country's name in the locale from its ISO 3166-1 alpha-2 code ({@code DE} → {@code Allemagne}). */
    public static String countryName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /** A percentage for the locale ({@code 50 %} in French). */
    public static String percent(java.math.BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(value.movePointLeft(2));
    }

    /** A number for the locale, with at most two decimals ({@code 4,5} in French). */
    public static String number(java.math.BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /** Countries' names in the locale, in the locale's alphabetical order, separated by commas. */
    public static String countryNames(java.util.Collection<String> codes, Locale locale) {
        java.text.Collator order = java.text.Collator.getInstance(locale);
        return codes.stream().map(c -> countryName(c, locale)).sorted(order).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The template instance's locale attribute: a {@link Locale} or a language tag; English when unset. */
    public static Locale locale(Object attribute) {
        if (attribute instanceof Locale l) {
            return l;
        }
        return attribute == null ? Languages.DEFAULT : Locale.forLanguageTag(attribute.toString());
    }
}
