package io.grantflow.shared.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one normalisation of user names: Unicode NFC, trimmed, lower case (Locale.ROOT). Every user
 * name that enters the service (a token's name claim, a demo login, an expert or member registered
 * by name) passes through {@link #normalise(String)}, so {@code alice}, {@code ALICE} and
 * {@code alice } are one person.
 */
public final class UserNames {

    /** The longest user name accepted (the columns that hold user names are varchar(100)). */
    public static final int MAX_LENGTH = 100;

    private UserNames() {
    }

    /** The normalised name; empty if the name is missing, blank or longer than {@link #MAX_LENGTH}. */
    public static Optional<String> normalise(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        // lower-casing can decompose again (e.g. U+0130): normalise once more
        normalised = Normalizer.normalize(normalised, Normalizer.Form.NFC);
        if (normalised.isEmpty() || normalised.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }

    /** The normalised name of a name given by a person or a program that must be valid; the input itself if it is not. */
    public static String normaliseOrKeep(String name) {
        return normalise(name).orElse(name);
    }
}
