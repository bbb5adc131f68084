package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SME's whole way through the pages in one browser, as issue #16 tells it: find an open call with the filters
 * and the text search, open it, press "Apply" and sign in, register the organisation (SME self-check), apply with
 * one refusal shown beside its field and corrected, see the application awarded with its first tranche, send the
 * report (without a file: uploads come with the grant's life after signature); then a ClusterXchange request whose
 * lump sum is shown halved before it is sent. Each page state is checked with axe-core.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class SmeJourneyPagesTest extends BrowserTest {

    private static void type(String css, String text) {
        WebElement field = browser().find(css);
        field.clear();
        field.sendKeys(text);
    }

    private static String euros(String amount) {
        return Formats.money(Money.eur(amount), Locale.UK);
    }

    @Test
    void anSmeFindsACallSignsInRegistersAppliesIsAwardedAndReports() {
        // a voucher up to EUR 3,000.00 for digital projects, first come first served, 50 % paid on award
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> d = GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "9000.00");
        d.put("title", "Digital fair vouchers " + tag);
        d.put("maxAmount", "3000.00");
        d.put("sectors", List.of("DIGITAL", "TOURISM"));
        d.put("firstTranchePercent", 50);
        long id = GrantFixtures.createOpenCall(ApplyFixtures.data().grant(), d).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        ApplyFixtures.OpenCall call = new ApplyFixtures.OpenCall(id, (String) d.get("title"));

        // find it: the text search and the type of support, through the filter form
        visit("/open-calls");
        type("#text", "digital fair " + tag);
        new Select(browser().find("#typeOfSupport")).selectByValue("VOUCHER");
        browser().clickAndWait(browser().driver().findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(browser().path()).contains("text=digital+fair+" + tag).contains("typeOfSupport=VOUCHER");
        List<WebElement> cards = browser().all(".open-call-card h3 a");
        assertThat(cards).extracting(WebElement::getText).containsExactly(call.title());
        browser().assertAccessible("open calls, searched");

        // open it, then Apply: signing in first, and back to the form
        browser().clickAndWait(cards.get(0));
        assertThat(browser().path()).isEqualTo("/open-calls/" + call.id());
        assertThat(browser().h1()).isEqualTo(call.title());
        browser().clickAndWait(browser().driver().findElement(By.cssSelector("a[href='/open-calls/" + call.id() + "/apply']")));
        assertThat(browser().path()).startsWith("/sign-in");
        browser().find("#j_username").sendKeys(ApplyFixtures.SME);
        browser().find("#j_password").sendKeys(ApplyFixtures.SME);
        browser().clickAndWait("#sign-in-form button[type=submit]");
        String applyPath = "/open-calls/" + call.id() + "/apply";
        assertThat(browser().path()).isEqualTo(applyPath);

        // register the organisation that applies: a small enterprise, its category and why
        browser().clickAndWait(browser().driver().findElement(By.cssSelector("nav.main-nav a[href='/my/organisations']")));
        String name = "Studio Faro " + tag;
        type("#legalName", name);
        type("#pic", ProposalFixtures.nextPic());
        new Select(browser().find("#country")).selectByValue("PT");
        new Select(browser().find("#type")).selectByValue("SME");
        type("#staffHeadcount", "12");
        type("#annualTurnover", "1,800,000");
        type("#balanceSheetTotal", "900,000");
        browser().find("#sector-DIGITAL").click();
        browser().clickAndWait("#register-button");
        assertThat(browser().path()).matches("/my/organisations/\\d+\\?registered=true#main");
        assertThat(browser().h1()).isEqualTo(name);
        assertThat(browser().find("#sme-category").getText()).isEqualTo("Small enterprise");
        assertThat(browser().find("#sme-why").getText()).contains("12 staff counted: fewer than 50");
        browser().assertAccessible("the organisation registered");
        long organisation = Long.parseLong(browser().path().replaceAll("^/my/organisations/(\\d+).*$", "$1"));

        // apply: one refusal beside its field, corrected, then submitted
        browser().open(applyPath);
        new Select(browser().find("#organisation")).selectByValue(String.valueOf(organisation));
        type("#requested", "1,250");
        type("#purpose", "Our stand at the Web Summit in Lisbon");
        new Select(browser().find("#sector")).selectByValue("DIGITAL");
        type("#iban", "PT50 0002 0123 1234 5678 9015 5"); // a wrong check digit
        browser().find("#notInDifficulty").click();
        browser().find("#noDoubleFunding").click();
        type("#deMinimisReceived", "0");
        browser().clickAndWait("#submit-application");
        assertThat(browser().path()).isEqualTo(applyPath);
        assertThat(browser().find("#iban-error").getText()).contains("rule invalid_iban");
        assertThat(browser().find("#purpose").getAttribute("value")).isEqualTo("Our stand at the Web Summit in Lisbon");
        assertThat(browser().find("#requested").getAttribute("value")).isEqualTo("1,250");
        browser().assertAccessible("apply, a refusal");
        type("#iban", "PT50 0002 0123 1234 5678 9015 4");
        browser().clickAndWait("#submit-application");

        // awarded at once (first come, first served) with its first tranche
        assertThat(browser().path()).matches("/my/applications/\\d+");
        assertThat(browser().find("#status").getText()).isEqualTo("Awarded");
        assertThat(browser().find("#first-tranche").getText()).contains(euros("625.00"));
        assertThat(browser().text()).contains(call.title(), name);
        browser().assertAccessible("my application, awarded");
        browser().screenshot("journey-awarded");
        String applicationPath = browser().path();

        // the report (no file: uploads come with the grant's life after signature)
        type("#report", "Our stand had 140 visitors; 9 meetings with buyers and 2 offers to follow up.");
        type("#proof", "https://files.example.pt/studio-faro/web-summit-report.pdf");
        browser().clickAndWait("#report-form button[type=submit]");
        assertThat(browser().path()).isEqualTo(applicationPath + "?done=reported");
        assertThat(browser().find("#done").getText()).contains("Your report was sent");
        assertThat(browser().find("#reported-at").getText()).contains("Brussels time");
        browser().assertAccessible("my application, reported");

        // it is on the list of my applications
        browser().clickAndWait(browser().driver().findElement(By.cssSelector("nav.main-nav a[href='/my/applications']")));
        assertThat(browser().text()).contains(call.title());
    }

    @Test
    void aClusterXchangeRequestShowsItsHalvedLumpSumBeforeItIsSent() {
        ApplyFixtures.Data data = ApplyFixtures.data();
        ApplyFixtures.OpenCall call = ApplyFixtures.exchange(); // EUR 1,100.00 for a host in France
        String applyPath = "/open-calls/" + call.id() + "/apply";
        browser().open("/sign-in?redirect=" + applyPath);
        if (browser().path().startsWith("/sign-in")) {
            browser().find("#j_username").sendKeys(ApplyFixtures.SME);
            browser().find("#j_password").sendKeys(ApplyFixtures.SME);
            browser().clickAndWait("#sign-in-form button[type=submit]");
        }
        browser().open(applyPath);
        assertThat(browser().path()).isEqualTo(applyPath);

        LocalDate monday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        new Select(browser().find("#organisation")).selectByValue(String.valueOf(data.organisation()));
        type("#purpose", "Meet the mobility cluster's members and its test track");
        type("#exchange-visitorName", "João Sousa");
        type("#exchange-visitorId", "joao-" + System.nanoTime() + "@example.pt");
        type("#exchange-host", data.hostPic());
        browser().script("document.getElementById('exchange-from').value = '" + monday + "';"
                + "document.getElementById('exchange-to').value = '" + monday.plusDays(6) + "';");
        type("#exchange-distanceKm", "120");
        browser().clickAndWait("#compute");
        assertThat(browser().find("#lump-sum-amount").getText()).contains(euros("550.00"));
        assertThat(browser().find("#lump-sum-reasons").getText()).contains("Halved because the host is 120 km away");
        assertThat(browser().find("#exchange-visitorName").getAttribute("value")).isEqualTo("João Sousa");
        browser().assertAccessible("ClusterXchange, the lump sum before sending");
        browser().screenshot("journey-clusterxchange-halved");
    }
}
