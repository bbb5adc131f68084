package io.grantflow.notifications.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The subject of a daily digest in its language. */
final class DigestTexts {

    private DigestTexts() {
    }

    static String subject(LocalDate date, int count, Locale language) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
        return switch (language.getLanguage()) {
            case "fr" -> "Grantflow : " + count + (count == 1 ? " notification" : " notifications") + " du " + day;
            case "de" -> "Grantflow: " + count + (count == 1 ? " Benachrichtigung" : " Benachrichtigungen") + " vom " + day;
            default -> "Grantflow: " + count + (count == 1 ? " notification" : " notifications") + " of " + day;
        };
    }
}
