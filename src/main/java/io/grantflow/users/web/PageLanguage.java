package io.grantflow.users.web;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/**
 * The language of a sign-in page from {@code Accept-Language}: English, French or German, English otherwise.
 * (Stands in until these pages use the site's shared page context and its language choice.)
 */
final class PageLanguage {

    private static final List<String> SUPPORTED = List.of("en", "fr", "de");

    private PageLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if (SUPPORTED.contains(wanted.getLanguage())) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
