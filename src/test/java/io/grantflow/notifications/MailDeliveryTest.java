package io.grantflow.notifications;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Mailboxes;
import io.grantflow.support.TestClock;
import io.grantflow.shared.time.Brussels;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

/**
 * The outbox's promises through the real stack (API → service → PostgreSQL → mail sender → SMTP server):
 * a crash between sending and recording resends the same Message-ID; a digest groups a day's events; a kind
 * switched off is not mailed while the others are; the choices are validated all at once.
 */
@QuarkusTest
class MailDeliveryTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static long awardedApplication(Sme sme, String locale) {
        return apply(sme, locale, openCall());
    }

    private static long openCall() {
        SignedGrant g = GrantFixtures.signedGrant();
        return GrantFixtures.halfOnAwardCall(g, "10000.00");
    }

    private static long apply(Sme sme, String locale, long openCall) {
        return Mailboxes.as(sme.user(), locale, "sme").body(application(sme, null, null))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String emailState(Sme sme, String kind) {
        return emailState(sme, null, kind);
    }

    /** With the person's locale: each token tells the service the person's language, as an identity provider does. */
    private static String emailState(Sme sme, String locale, String kind) {
        return Mailboxes.as(sme.user(), locale, "sme").get("/api/notifications").jsonPath()
                .getString("items.find { it.kind == '" + kind + "' }.email");
    }

    private static void choose(Sme sme, String locale, Map<String, String> choices) {
        Mailboxes.as(sme.user(), locale, "sme")
                .body(Map.of("emails", choices.entrySet().stream().map(e -> Map.of("kind", e.getKey(), "email", e.getValue())).toList()))
                .put("/api/me/notification-preferences").then().statusCode(200);
    }

    private static void sql(String statement) throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void aSenderThatCrashesAfterSendingResendsTheSameMessageId() throws Exception {
        Sme sme = GrantFixtures.sme("BE");
        String address = Mailboxes.address(sme.user());
        Mailboxes.as(sme.user(), null, "sme").get("/api/me").then().statusCode(200); // the address is known
        // the first attempt to record this person's mail as sent fails after the SMTP server took it, as a crash
        // between the two would: the transaction that holds the row rolls back (a sequence is not rolled back)
        String tag = sme.user().replace("-", "_");
        sql("create sequence grantflow.crash_" + tag);
        sql("create function grantflow.crash_" + tag + "() returns trigger language plpgsql as $$ begin "
                + "if new.mail_state = 'SENT' and new.recipient = '" + sme.user() + "' and new.kind = 'AWARDED' "
                + "and nextval('grantflow.crash_" + tag + "') = 1 then raise exception 'the node died before recording'; "
                + "end if; return new; end $$");
        sql("create trigger crash_" + tag + " before update on grantflow.notification for each row "
                + "execute function grantflow.crash_" + tag + "()");
        try {
            awardedApplication(sme, null);
            Await.until(() -> emailState(sme, "AWARDED"), "SENT"::equals, Duration.ofSeconds(60), "award recorded as mailed");
        } finally {
            sql("drop trigger crash_" + tag + " on grantflow.notification");
            sql("drop function grantflow.crash_" + tag + "()");
            sql("drop sequence grantflow.crash_" + tag);
        }
        List<MimeMessage> awards = Mailboxes.to(address).stream()
                .filter(m -> Mailboxes.subject(m).startsWith("Your application was awarded")).toList();
        assertThat(awards).as("mailed twice: before the crash and after").hasSize(2);
        assertThat(Mailboxes.header(awards.get(1), "Message-ID")).isEqualTo(Mailboxes.header(awards.get(0), "Message-ID"));
    }

    @Test
    void aDigestGroupsTheDaysEvents() throws Exception {
        Sme sme = GrantFixtures.sme("DE");
        String address = Mailboxes.address(sme.user());
        Mailboxes.as(sme.user(), "de", "sme").get("/api/me").then().statusCode(200);
        choose(sme, "de", Map.of("AWARDED", "DIGEST", "PAYMENT_ORDERED", "DIGEST"));
        long openCall = openCall();
        Instant frozen = TestClock.freeze();

        apply(sme, "de", openCall);
        Await.until(() -> emailState(sme, "de", "PAYMENT_ORDERED"), "DIGEST"::equals, Duration.ofSeconds(60), "waits for the digest");
        assertThat(emailState(sme, "de", "AWARDED")).isEqualTo("DIGEST");
        assertThat(Mailboxes.to(address)).as("nothing mailed on the day").isEmpty();

        // the next morning at 07:30 in Brussels the digest of the day leaves: one mail with both events
        LocalDate day = LocalDate.ofInstant(frozen, Brussels.ZONE);
        TestClock.advance(Duration.between(frozen, Brussels.at(day.plusDays(1), 7, 30)));
        MimeMessage digest = Mailboxes.await(address, 1).get(0);
        assertThat(Mailboxes.subject(digest)).startsWith("Grantflow: 2 Benachrichtigungen vom");
        assertThat(Mailboxes.header(digest, "Message-ID")).matches("<digest-\\d+-\\d+-" + day + "@grantflow\\.mail>");
        String text = MailText.plain(digest);
        assertThat(text).contains("Ihrem Antrag wurden").contains("Zahlung von");
        Await.until(() -> emailState(sme, "de", "AWARDED"), "SENT"::equals, Duration.ofSeconds(60), "the digest recorded");
        assertThat(emailState(sme, "de", "PAYMENT_ORDERED")).isEqualTo("SENT");
        assertThat(Mailboxes.to(address)).hasSize(1);
    }

    @Test
    void aKindSwitchedOffIsNotMailedWhileTheOthersAre() {
        Sme sme = GrantFixtures.sme("FR");
        String address = Mailboxes.address(sme.user());
        Mailboxes.as(sme.user(), null, "sme").get("/api/me").then().statusCode(200);
        choose(sme, null, Map.of("AWARDED", "OFF"));

        awardedApplication(sme, null);
        MimeMessage payment = Mailboxes.await(address, 1).get(0);
        assertThat(Mailboxes.subject(payment)).startsWith("Payment of");
        Await.until(() -> emailState(sme, "AWARDED"), "OFF"::equals, Duration.ofSeconds(60), "award not mailed by choice");
        assertThat(Mailboxes.to(address)).extracting(Mailboxes::subject).noneMatch(s -> s.contains("awarded"));
        // in-app it is there all the same
        JsonPath mine = Mailboxes.as(sme.user(), null, "sme").get("/api/notifications").jsonPath();
        assertThat(mine.getList("items.kind", String.class)).contains("AWARDED", "PAYMENT_ORDERED");
        JsonPath prefs = Mailboxes.as(sme.user(), null, "sme").get("/api/me/notification-preferences").jsonPath();
        assertThat(prefs.getString("emails.find { it.kind == 'AWARDED' }.email")).isEqualTo("OFF");
        assertThat(prefs.getString("emails.find { it.kind == 'PAYMENT_ORDERED' }.email")).isEqualTo("NOW");
    }

    @Test
    void badChoicesAreRefusedAllAtOnceAndNothingIsSaved() {
        Sme sme = GrantFixtures.sme("FR");
        Mailboxes.as(sme.user(), null, "sme").body(Map.of("language", "es", "emails", List.of(
                        Map.of("kind", "AWARDED", "email", "OFF"),
                        Map.of("kind", "NOPE", "email", "WEEKLY"),
                        Map.of("kind", "AWARDED", "email", "NOW"))))
                .put("/api/me/notification-preferences").then().statusCode(422)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_preferences"))
                .body("violations.code", hasItems("unsupported_language", "unknown_notification_kind", "unknown_email_choice",
                        "duplicate_notification_kind"));
        Mailboxes.as(sme.user(), null, "sme").get("/api/me/notification-preferences").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.nullValue())
                .body("emails.find { it.kind == 'AWARDED' }.email", org.hamcrest.Matchers.equalTo("NOW"));
        Mailboxes.as(sme.user(), null, "sme").body(Map.of("language", "fr", "emails", List.of()))
                .put("/api/me/notification-preferences").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("fr"));
    }
}
