package io.grantflow.support;

import io.grantflow.notifications.mail.EmbeddedMailServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * People with an e-mail address and a language (the token's {@code email} and {@code locale} claims, as an
 * identity provider sends them) and the messages the embedded SMTP server received for them.
 */
public final class Mailboxes {

    private Mailboxes() {
    }

    /** A unique address for a test user. */
    public static String address(String user) {
        return user.replaceAll("[^a-z0-9.-]", "-") + "@mail.grantflow.test";
    }

    /** A bearer token with the person's address and locale. */
    public static String token(String user, String locale, String... roles) {
        Map<String, Object> claims = Tokens.claims(user, roles);
        claims.put("email", address(user));
        if (locale != null) {
            claims.put("locale", locale);
        }
        return Tokens.signed(claims);
    }

    /** Requests as the person, each with a fresh Idempotency-Key. */
    public static RequestSpecification as(String user, String locale, String... roles) {
        return given().auth().oauth2(token(user, locale, roles)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** Every message the SMTP server received for the address, oldest first. */
    public static List<MimeMessage> to(String address) {
        return EmbeddedMailServer.received().stream().filter(m -> isTo(m, address)).toList();
    }

    /** Waits until the address has at least {@code count} messages (a bound against a hang, not a timing). */
    public static List<MimeMessage> await(String address, int count) {
        Await.until(() -> to(address).size(), n -> n >= count, Duration.ofSeconds(60),
                count + " message(s) to " + address);
        return to(address);
    }

    public static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
