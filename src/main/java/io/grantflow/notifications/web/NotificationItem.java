package io.grantflow.notifications.web;

import io.grantflow.notifications.api.NotificationView;
import io.grantflow.notifications.application.NotificationTexts;
import io.grantflow.notifications.domain.NotificationLinks;

import java.util.Locale;

/**
 * A notification on the page: its subject and text in the page's language (rendered from its kind and
 * parameters; one written before texts were kept as parameters shows its English text, {@code lang} en), and
 * the page its reference leads to (null: none).
 */
public record NotificationItem(NotificationView notification, String subject, String body, String lang, String href) {

    static NotificationItem of(NotificationView n, NotificationTexts texts, Locale locale) {
        String href = NotificationLinks.path(n.reference()).orElse(null);
        if (n.params() == null || n.params().isEmpty()) {
            return new NotificationItem(n, n.subject(), n.body(), "en", href);
        }
        NotificationTexts.Text text = texts.render(n.kind(), n.params(), locale);
        return new NotificationItem(n, text.subject(), text.body(), locale.getLanguage(), href);
    }
}
