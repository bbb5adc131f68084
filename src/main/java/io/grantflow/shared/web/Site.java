package io.grantflow.shared.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What every page's layout needs: the language, the language switch, the current path (for the
 * sign-in link's return) and the business clock's now (for countdowns).
 */
public record Site(Locale locale, String path, List<LanguageChoice> languages, Instant now) {

    /** The language tag for {@code <html lang>}. */
    public String lang() {
        return locale.toLanguageTag();
    }
}
