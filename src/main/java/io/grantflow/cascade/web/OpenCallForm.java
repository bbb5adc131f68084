package io.grantflow.cascade.web;

import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.time.Brussels;
import io.grantflow.shared.web.AmountInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The consortium's open-call form as typed (the names of {@code POST /api/grants/{id}/open-calls}'s fields), and
 * how it becomes an {@link OpenCallDefinition}: amounts read for the page's language, the window in Brussels time
 * (a {@code datetime-local}), countries and value-chain keywords separated by commas. What cannot be read is
 * reported beside its field; everything else is judged by {@code OpenCallPolicy}, as the API's body is. {@code key}
 * is the form's idempotency key: publishing the same form twice makes one open call.
 */
public record OpenCallForm(String key, String title, String description, String instrument, String selection,
                           String budget, String fixedAmount, String minAmount, String maxAmount,
                           String eligibleCountries, List<String> sectors, String valueChains, String opensAt,
                           String closesAt, String firstTranchePercent, String reportDays) {

    /** The instruments the page offers (ClusterXchange needs a table of host amounts: through the API). */
    public static final List<Instrument> INSTRUMENTS = List.of(Instrument.VOUCHER, Instrument.TRAVEL_VOUCHER,
            Instrument.LUMP_SUM_UP_TO, Instrument.FIXED_LUMP_SUM);

    /** A new form: open from now for four weeks, evaluated, half on award, with a fresh key. */
    public static OpenCallForm blank(Instant now) {
        LocalDateTime from = now.atZone(Brussels.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return new OpenCallForm(UUID.randomUUID().toString(), "", "", Instrument.VOUCHER.name(),
                Selection.EVALUATED.name(), "", "", "", "", "", List.of(), "", from.toString(),
                from.plusWeeks(4).toString(), "50", String.valueOf(OpenCallDefinition.DEFAULT_REPORT_DAYS));
    }

    public boolean hasSector(String code) {
        return sectors != null && sectors.contains(code);
    }

    /** The definition to check and create; what cannot be read goes to {@code out}, and is left out of it. */
    public OpenCallDefinition definition(Locale locale, List<Violation> out) {
        Instrument i = enumOf(Instrument.class, instrument, "instrument", out);
        Money fixed = i == Instrument.FIXED_LUMP_SUM ? amount(fixedAmount, "fixedAmount", locale, out) : null;
        Money min = i != null && i != Instrument.FIXED_LUMP_SUM ? amount(minAmount, "minAmount", locale, out) : null;
        Money max = i != null && i != Instrument.FIXED_LUMP_SUM ? amount(maxAmount, "maxAmount", locale, out) : null;
        return new OpenCallDefinition(blankToNull(title), blankToNull(description), i,
                amount(budget, "budget", locale, out), fixed, min, max, list(eligibleCountries, true),
                sectors == null ? List.of() : sectors, enumOf(Selection.class, selection, "selection", out), false,
                instant(opensAt, "opensAt", out), instant(closesAt, "closesAt", out),
                number(firstTranchePercent, "firstTranchePercent", out), integer(reportDays, "reportDays", out), null,
                null, null, null, null, null, null, list(valueChains, false), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(String typed, boolean upper) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase(Locale.ROOT) : s).toList();
    }

    private static Money amount(String typed, String field, Locale locale, List<Violation> out) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var parsed = AmountInput.parse(typed, locale);
        if (parsed.isEmpty()) {
            out.add(new Violation(field, "invalid_amount", "not an amount: " + typed));
        }
        return parsed.orElse(null);
    }

    private static Instant instant(String typed, String field, List<Violation> out) {
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

    private static BigDecimal number(String typed, String field, List<Violation> out) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            out.add(new Violation(field, "invalid_number", "not a number: " + typed));
            return null;
        }
    }

    private static Integer integer(String typed, String field, List<Violation> out) {
        BigDecimal n = number(typed, field, out);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            out.add(new Violation(field, "invalid_number", "a whole number of days"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String typed, String field, List<Violation> out) {
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
}
