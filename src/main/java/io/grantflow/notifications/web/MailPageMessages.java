package io.grantflow.notifications.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the demo mailbox and the e-mail preferences pages, in English; {@code messages/mailpages_fr.properties}
 * and {@code mailpages_de.properties} translate them.
 */
@MessageBundle(value = "mailpages", locale = "en")
public interface MailPageMessages {

    @Message("Demo mailbox")
    String mailboxTitle();

    @Message("Every e-mail the service sent in demo mode, newest first. Demo mode sends its mail over SMTP to a server inside the service, which keeps it here instead of delivering it; in production the mail goes to the SMTP server of the environment.")
    String mailboxIntro();

    @Message("No e-mail was sent yet.")
    String mailboxEmpty();

    @Message("{count} {#if count == 1}message{#else}messages{/if}")
    String mailboxCount(long count);

    @Message("To")
    String to();

    @Message("Subject")
    String subject();

    @Message("Sent")
    String sent();

    @Message("Language")
    String language();

    @Message("Back to the mailbox")
    String backToMailbox();

    @Message("The HTML version")
    String htmlVersion();

    @Message("Only messages to")
    String filterTo();

    @Message("Show")
    String show();

    @Message("This message is no longer in the mailbox.")
    String gone();

    @Message("E-mail preferences")
    String preferencesTitle();

    @Message("Choose, for each kind of notification, whether an e-mail reaches you at once, in one e-mail a day (sent at 07:00 Brussels time with the previous day's notifications) or not at all. Your notifications in Grantflow are always kept.")
    String preferencesIntro();

    @Message("Language of your messages")
    String messageLanguage();

    @Message("As my identity provider says (else English)")
    String languageFromProvider();

    @Message("At once")
    String choiceNow();

    @Message("Daily digest")
    String choiceDigest();

    @Message("No e-mail")
    String choiceOff();

    @Message("Kind of notification")
    String kindColumn();

    @Message("E-mail")
    String emailColumn();

    @Message("Save my preferences")
    String save();

    @Message("Your preferences are saved.")
    String saved();

    @Message("The preferences could not be saved:")
    String refused();

    @Message("My notifications")
    String myNotifications();

    @Message("{#when code}"
            + "{#is 'unsupported_language'}Choose English, French or German, or none."
            + "{#is 'unknown_notification_kind'}A kind of notification is unknown."
            + "{#is 'duplicate_notification_kind'}A kind of notification is listed twice."
            + "{#is 'unknown_email_choice'}Choose at once, daily digest or no e-mail for each kind."
            + "{#else}The preferences could not be read ({code}).{/when}")
    String problem(String code);
}
