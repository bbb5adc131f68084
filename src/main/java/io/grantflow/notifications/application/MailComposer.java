package io.grantflow.notifications.application;

import io.grantflow.notifications.domain.Notification;
import io.grantflow.notifications.domain.NotificationLinks;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the e-mails: HTML and plain text from the Qute templates {@code mail/message.*} and
 * {@code mail/digest.*} around each kind's text ({@link NotificationTexts}) in the recipient's language, with
 * a {@code Message-ID} that depends only on what is sent, so that a mail sent again after a crash carries the
 * same one and mail clients show it once.
 */
@ApplicationScoped
public class MailComposer {

    /** One notification in a mail: its subject, paragraphs and absolute link (null: none). */
    public record Item(String subject, List<String> paragraphs, String link) {
    }

    @Inject
    NotificationTexts texts;

    @Inject
    @Location("mail/message.html")
    Template messageHtml;

    @Inject
    @Location("mail/message.txt")
    Template messageText;

    @Inject
    @Location("mail/digest.html")
    Template digestHtml;

    @Inject
    @Location("mail/digest.txt")
    Template digestText;

    @ConfigProperty(name = "grantflow.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @ConfigProperty(name = "grantflow.mail.message-id-domain", defaultValue = "grantflow.mail")
    String messageIdDomain;

    /** One notification's own mail. */
    public Mail single(Notification n, String to, Locale language) {
        Item item = item(n, language);
        Mail mail = Mail.withHtml(to, item.subject(), messageHtml.data("item", item).data("lang", language.getLanguage())
                        .data("preferences", base() + "/my/notifications/preferences").render())
                .setText(messageText.data("item", item).data("lang", language.getLanguage())
                        .data("preferences", base() + "/my/notifications/preferences").render());
        return headers(mail, messageId(n), language);
    }

    /** A day's notifications of one person in one mail. */
    public Mail digest(List<Notification> day, LocalDate date, String to, Locale language, String messageId) {
        List<Item> items = day.stream().map(n -> item(n, language)).toList();
        String subject = DigestTexts.subject(date, items.size(), language);
        Mail mail = Mail.withHtml(to, subject, digestHtml.data("items", items).data("subject", subject)
                        .data("lang", language.getLanguage())
                        .data("preferences", base() + "/my/notifications/preferences").render())
                .setText(digestText.data("items", items).data("subject", subject).data("lang", language.getLanguage())
                        .data("preferences", base() + "/my/notifications/preferences").render());
        return headers(mail, messageId, language);
    }

    /** The notification's own Message-ID: the same for every attempt. */
    public String messageId(Notification n) {
        return "<notification-" + n.id + "-" + n.createdAt.toEpochMilli() + "@" + messageIdDomain + ">";
    }

    /**
     * A digest's Message-ID: from the day and the first and last of the notifications it holds, the same for every
     * attempt with the same content (a resend that holds one more notification is another message).
     */
    public String digestMessageId(List<Notification> rows, LocalDate date) {
        return "<digest-" + rows.get(0).id + "-" + rows.get(rows.size() - 1).id + "-" + date + "@" + messageIdDomain + ">";
    }

    private Item item(Notification n, Locale language) {
        NotificationTexts.Text text = texts.render(n.kind, n.params, language);
        List<String> paragraphs = Arrays.stream(text.body().split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return new Item(text.subject(), paragraphs, NotificationLinks.path(n.reference).map(p -> base() + p).orElse(null));
    }

    private static Mail headers(Mail mail, String messageId, Locale language) {
        return mail.addHeader("Message-ID", messageId).addHeader("Content-Language", language.getLanguage())
                .addHeader("Auto-Submitted", "auto-generated");
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
