package io.grantflow.notifications.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A message the embedded SMTP server received, as the demo mailbox shows it (its number is its place, from 1). */
public record ReceivedMail(int number, String to, String subject, Instant sent, String language, String messageId,
                           String text, String html) {

    public static ReceivedMail of(int number, MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            return new ReceivedMail(number, to == null ? "" : Arrays.stream(to).map(Address::toString)
                    .collect(Collectors.joining(", ")), m.getSubject(),
                    m.getSentDate() == null ? null : m.getSentDate().toInstant(), header(m, "Content-Language"),
                    header(m, "Message-ID"), part(m, "text/plain"), part(m, "text/html"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("an unreadable message in the demo mailbox", e);
        }
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null ? null : values[0];
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
