package io.grantflow.web;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Mailboxes;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.grantflow.support.GrantFixtures.application;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail preferences page and the demo mailbox in a real browser: a demo SME switches the award mails off
 * and chooses French, and the API reads the same choices; an award's mail is found in the mailbox by its
 * recipient, read as text and as sandboxed HTML; the notifications page shows the texts in the page's language;
 * axe-core on every page, a phone's width.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class NotificationPagesTest extends BrowserTest {

    @Test
    void aPersonChoosesWhatReachesThemByEmail() {
        signIn("sme2", "/my/notifications/preferences");
        browser().assertAccessible("/my/notifications/preferences");
        new Select(browser().find("#email-AWARDED")).selectByValue("OFF");
        new Select(browser().find("#email-PAYMENT_ORDERED")).selectByValue("DIGEST");
        new Select(browser().find("#language")).selectByValue("fr");
        browser().clickAndWait("form.preferences button[type=submit]");
        assertThat(browser().path()).isEqualTo("/my/notifications/preferences?saved=1");
        assertThat(browser().find("[role=status]").getText()).isEqualTo("Your preferences are saved.");
        assertThat(new Select(browser().find("#email-AWARDED")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("OFF");
        assertThat(new Select(browser().find("#language")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("fr");
        given().auth().preemptive().basic("sme2", "sme2").get("/api/me/notification-preferences").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("fr"))
                .body("emails.find { it.kind == 'AWARDED' }.email", org.hamcrest.Matchers.equalTo("OFF"))
                .body("emails.find { it.kind == 'PAYMENT_ORDERED' }.email", org.hamcrest.Matchers.equalTo("DIGEST"));
        KpiDeskPagesTest.fitsAPhone("notification-preferences-mobile");

        browser().open("/my/notifications/preferences?lang=de");
        browser().assertAccessible("/my/notifications/preferences?lang=de");
        assertThat(browser().h1()).isEqualTo("E-Mail-Einstellungen");
    }

    @Test
    void theDemoMailboxShowsAnAwardsMail() throws Exception {
        GrantFixtures.SignedGrant g = GrantFixtures.signedGrant();
        long openCall = GrantFixtures.halfOnAwardCall(g, "10000.00");
        Sme sme = GrantFixtures.sme("FR");
        String address = Mailboxes.address(sme.user());
        Mailboxes.as(sme.user(), "fr", "sme").body(application(sme, null, null))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(201);
        Mailboxes.await(address, 2);

        visit("/demo/mailbox?to=" + address);
        browser().assertAccessible("/demo/mailbox");
        assertThat(browser().h1()).isEqualTo("Demo mailbox");
        assertThat(browser().all("table.mailbox tbody tr")).hasSize(2);
        assertThat(browser().find("table.mailbox").getText()).contains("Votre candidature a obtenu", address, "fr");
        browser().clickAndWait(browser().all("table.mailbox tbody tr a").stream()
                .filter(a -> a.getText().startsWith("Votre candidature a obtenu")).findFirst().orElseThrow());
        browser().assertAccessible("/demo/mailbox/{number}");
        assertThat(browser().find("pre.mail-text").getText()).contains("Ouvrir dans Grantflow").contains("€");
        String html = browser().find("a[href$='/html']").getDomAttribute("href");
        HttpResponse<String> sandboxed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + html)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sandboxed.statusCode()).isEqualTo(200);
        assertThat(sandboxed.headers().allValues("Content-Security-Policy")).as("every policy applies; one sandboxes the page")
                .anyMatch(policy -> policy.startsWith("sandbox; default-src 'none'"));
        assertThat(sandboxed.body()).contains("<html lang=\"fr\">");
        KpiDeskPagesTest.fitsAPhone("demo-mailbox-mobile");

        browser().open("/demo/mailbox?lang=fr&to=" + address);
        browser().assertAccessible("/demo/mailbox?lang=fr");
        assertThat(browser().h1()).isEqualTo("Boîte aux lettres de démonstration");
        browser().open("/demo/mailbox/999999");
        assertThat(browser().text()).doesNotContain("Exception");
    }
}
