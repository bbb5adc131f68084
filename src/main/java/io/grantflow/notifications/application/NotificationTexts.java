package io.grantflow.notifications.application;

import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A notification's subject and text in one language, rendered from its kind's template
 * {@code templates/mail/kinds/{KIND}.{language}.txt} (the first line is the subject, the rest the text) with
 * its {@link NotificationParams} formatted for the language: amounts as {@code 1 100,00 €} in French, dates
 * and times in Brussels time. The e-mails, the digest and the notifications page all read it.
 */
@ApplicationScoped
public class NotificationTexts {

    public record Text(String subject, String body) {
    }

    private static final Map<String, String> BRUSSELS_TIME = Map.of("en", "Brussels time", "fr", "heure de Bruxelles",
            "de", "Brüsseler Zeit");

    @Inject
    Engine engine;

    /** The language a text is written in: a supported one, else English. */
    public static Locale language(String tag) {
        return Languages.supported(tag).orElse(Languages.DEFAULT);
    }

    public Text render(String kind, Map<String, String> stored, Locale locale) {
        String language = locale.getLanguage();
        Template template = engine.getTemplate("mail/kinds/" + kind + "." + language + ".txt");
        if (template == null) {
            template = engine.getTemplate("mail/kinds/" + kind + ".en.txt");
        }
        if (template == null) {
            throw new IllegalStateException("no template for notification kind " + kind);
        }
        Map<String, Object> data = new HashMap<>();
        stored.forEach((key, value) -> {
            Map.Entry<String, NotificationParams.Type> k = NotificationParams.key(key);
            data.put(k.getKey(), format(k.getValue(), value, locale));
        });
        String rendered = template.data(data).render().strip();
        int newline = rendered.indexOf('\n');
        return newline < 0 ? new Text(rendered, "")
                : new Text(rendered.substring(0, newline).strip(), rendered.substring(newline + 1).strip());
    }

    /** Whether every kind has its texts in every language (checked by a test). */
    public boolean hasTemplates(NotificationKind kind) {
        return Languages.SUPPORTED.stream()
                .allMatch(l -> engine.getTemplate("mail/kinds/" + kind.name() + "." + l.getLanguage() + ".txt") != null);
    }

    static String format(NotificationParams.Type type, String value, Locale locale) {
        return switch (type) {
            case TEXT -> value;
            case MONEY -> Formats.money(Money.of(new BigDecimal(value)), locale);
            case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(value));
            case INSTANT -> Formats.brusselsDateTime(Instant.parse(value), locale) + " ("
                    + BRUSSELS_TIME.getOrDefault(locale.getLanguage(), BRUSSELS_TIME.get("en")) + ")";
            case COUNTRY -> Formats.countryName(value, locale);
            case NUMBER -> Formats.number(new BigDecimal(value), locale);
        };
    }
}
