package io.grantflow.notifications;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Mailboxes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.grantflow.support.GrantFixtures.application;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An award reaches the SME by e-mail through the real stack: the award writes the notification in its
 * transaction, the outbox sender mails it over SMTP to the embedded server, in the SME's language (French
 * here, from the token's locale), with amounts and dates formatted for it; once, with a stable Message-ID.
 */
@QuarkusTest
class AwardMailTest {

    @Test
    void anAwardIsMailedOnceInTheSmesLanguage() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        long openCall = GrantFixtures.halfOnAwardCall(g, "10000.00");
        Sme sme = GrantFixtures.sme("FR");
        String address = Mailboxes.address(sme.user());

        long id = Mailboxes.as(sme.user(), "fr-BE", "sme").body(application(sme, null, null))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        List<MimeMessage> mails = Mailboxes.await(address, 1);
        MimeMessage award = mails.stream().filter(m -> Mailboxes.subject(m).startsWith("Votre candidature a obtenu"))
                .findFirst().orElseThrow(() -> new AssertionError("no award mail among " + mails.stream().map(Mailboxes::subject).toList()));
        assertThat(Mailboxes.subject(award)).contains("000,00").contains("€");
        assertThat(Mailboxes.header(award, "Content-Language")).isEqualTo("fr");
        String messageId = Mailboxes.header(award, "Message-ID");
        assertThat(messageId).matches("<notification-\\d+-\\d+@grantflow\\.mail>");
        String text = award.getContent().toString();
        assertThat(award.getContentType()).startsWith("multipart/");

        // recorded as mailed, and mailed once
        JsonPath notice = Await.until(() -> Mailboxes.as(sme.user(), "fr-BE", "sme").get("/api/notifications").jsonPath(),
                j -> "SENT".equals(j.getString("items.find { it.kind == 'AWARDED' }.email")), Duration.ofSeconds(60),
                "the award notification recorded as mailed");
        assertThat(notice.getString("items.find { it.kind == 'AWARDED' }.reference")).isEqualTo("application:" + id);
        assertThat(Mailboxes.to(address).stream().filter(m -> messageId.equals(Mailboxes.header(m, "Message-ID")))).hasSize(1);
        assertThat(text).isNotEmpty();
    }
}
