package io.grantflow.shared.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.time.Brussels;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields of a desk form as typed into the values of an API body: amounts in the page's language
 * ({@link AmountInput}), instants from a {@code datetime-local} in Brussels time, numbers, whole numbers, one of an
 * enum's names and comma-separated lists. A blank field is null; what cannot be read is added to {@code out}
 * beside its field (and is null too), so that the rules of the value itself stay with the service's policy.
 */
public final class FormReader {

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d{1,15}([.,]\\d{1,10})?");
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d{1,9}");

    private final Locale locale;
    private final List<Violation> out;

    public FormReader(Locale locale, List<Violation> out) {
        this.locale = locale;
        this.out = out;
    }

    public static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** Items separated by commas or semicolons; {@code upper}: as codes (country codes). */
    public static List<String> list(String typed, boolean upper) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase(Locale.ROOT) : s).toList();
    }

    public Money amount(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var parsed = AmountInput.parse(typed, locale);
        if (parsed.isEmpty()) {
            out.add(new Violation(field, "invalid_amount", "not an amount: " + typed));
        }
        return parsed.orElse(null);
    }

    /** A {@code datetime-local} value ({@code 2027-03-01T17:00}) in Brussels time. */
    public Instant instant(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(Brussels.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            out.add(new Violation(field, "invalid_date", "not a date and time: " + typed));
            return null;
        }
    }

    /** A plain decimal number ({@code 12.5} or {@code 12,5}); no exponent, at most 15 digits before the separator. */
    public BigDecimal number(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            out.add(new Violation(field, "invalid_number", "not a number: " + typed));
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    /** A whole number of at most nine digits ({@code 1,000} is not read as 1). */
    public Integer integer(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            out.add(new Violation(field, "invalid_number", "not a whole number: " + typed));
            return null;
        }
        return Integer.valueOf(t);
    }

    public <E extends Enum<E>> E choice(Class<E> type, String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            out.add(new Violation(field, "invalid_choice", "not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** An instant as a {@code datetime-local} shows it, in Brussels time to the minute; blank for none. */
    public static String local(Instant at) {
        return at == null ? "" : at.atZone(Brussels.ZONE).toLocalDateTime().truncatedTo(
                java.time.temporal.ChronoUnit.MINUTES).toString();
    }
}
