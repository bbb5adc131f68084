package io.grantflow.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the pages and how a request's language is chosen: an explicit {@code ?lang=}, then
 * the {@code lang} cookie (set when a person chose with {@code ?lang=}), then the browser's
 * {@code Accept-Language}, then English.
 */
public final class Languages {

    /** The query parameter and the cookie that carry a person's choice. */
    public static final String PARAMETER = "lang";

    /** English as written in the EU institutions: dates as {@code 4 March 2027, 17:00}, not the US forms. */
    public static final Locale ENGLISH = Locale.UK;

    public static final Locale DEFAULT = ENGLISH;

    /** In the order the language switch shows them. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.FRENCH, Locale.GERMAN);

    private Languages() {
    }

    /** The supported language named by a tag such as {@code fr} or {@code de-AT}, if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The language of a request: the parameter, the cookie, {@code Accept-Language}, English. */
    public static Locale resolve(String parameter, String cookie, String acceptLanguage) {
        return supported(parameter)
                .or(() -> supported(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(DEFAULT);
    }

    /** The best supported language of an {@code Accept-Language} header (weights honoured). */
    static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) { // by weight, highest first
                if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                    Optional<Locale> match = supported(range.getRange());
                    if (match.isPresent()) {
                        return match;
                    }
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
