package io.grantflow.shared.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What every page's layout needs: the language, the language switch, the current path (for the
 * sign-in link's return), the business clock's now (for countdowns) and who is signed in (null: nobody).
 */
public record Site(Locale locale, String path, List<LanguageChoice> languages, Instant now, String signedInAs) {

    /** The language tag for {@code <html lang>}. */
    public String lang() {
        return locale.toLanguageTag();
    }
}
