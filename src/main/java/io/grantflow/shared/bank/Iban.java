package io.grantflow.shared.bank;

import io.grantflow.shared.problem.Violations;
import org.iban4j.IbanUtil;

import java.util.Locale;

/**
 * An International Bank Account Number as we store and pay it: without spaces, in capitals, with a
 * valid country format and check digits. The one place an IBAN is cleaned up and checked.
 */
public record Iban(String value) {

    public Iban {
        IbanUtil.validate(value);
    }

    /** What the person typed, without spaces and in capitals; null stays null. */
    public static String normalise(String typed) {
        return typed == null ? null : typed.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The IBAN in {@code typed}, or null after reporting in {@code v} that it is missing
     * ({@code required}) or invalid ({@code invalid_iban}, with the reason).
     */
    public static Iban parse(String typed, String field, Violations v) {
        String normalised = normalise(typed);
        if (!v.required(normalised, field)) {
            return null;
        }
        try {
            return new Iban(normalised);
        } catch (RuntimeException e) {
            v.add(field, "invalid_iban", "not a valid IBAN: " + e.getMessage());
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
