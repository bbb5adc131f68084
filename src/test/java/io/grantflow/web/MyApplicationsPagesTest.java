package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.DemoSmeFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.TestClock;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo SME in a real browser: signs in, finds its applications, opens an awarded first-come-first-served one with
 * its first tranche, sends the report with proof, withdraws another, reads a refused one and its notifications; and a
 * person without applications is shown the way to the open calls. Each page is checked with axe-core and photographed.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class MyApplicationsPagesTest extends BrowserTest {

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    @Test
    void anSmeFollowsItsApplicationsSendsItsReportAndWithdraws() {
        TestClock.reset();
        SignedGrant grant = GrantFixtures.signedGrant();
        long organisation = DemoSmeFixtures.organisation();
        long reportCall = GrantFixtures.halfOnAwardCall(grant, "2000.00");
        long withdrawCall = GrantFixtures.halfOnAwardCall(grant, "2000.00");
        Map<String, Object> french = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "2000.00");
        french.put("fixedAmount", "1000.00");
        french.put("eligibleCountries", List.of("FR"));
        french.put("title", "Lump sums for French SMEs");
        long frenchCall = createOpenCall(grant, french).then().statusCode(201).extract().jsonPath().getLong("id");
        long toReport = DemoSmeFixtures.apply(organisation, reportCall, "AWARDED");
        long toWithdraw = DemoSmeFixtures.apply(organisation, withdrawCall, "AWARDED");
        long refused = DemoSmeFixtures.apply(organisation, frenchCall, "REFUSED");

        // ---- the list: newest first, each with its status, money and what is next
        signIn("sme1", "/my/applications");
        browser().assertAccessible("/my/applications");
        assertThat(browser().h1()).isEqualTo("My applications");
        assertThat(browser().find("#application-" + refused).getText()).contains("Lump sums for French SMEs", "Refused");
        assertThat(browser().find("#application-" + toReport).getText()).contains("Awarded", eur("1000.00"),
                "Report with proof due by", "Brussels time");
        List<String> order = browser().all(".my-application-card").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(order.indexOf("application-" + refused)).isLessThan(order.indexOf("application-" + toReport));
        browser().screenshot("my-applications");

        // ---- an awarded first-come-first-served application: its first tranche, then the report
        browser().clickAndWait("#application-" + toReport + " h3 a");
        assertThat(browser().path()).isEqualTo("/my/applications/" + toReport);
        browser().assertAccessible("/my/applications/" + toReport);
        assertThat(browser().find("#status").getText()).isEqualTo("Awarded");
        assertThat(browser().find("#first-tranche").getText()).contains(eur("500.00"), "due: awaiting approval");
        assertThat(browser().find("#awarded").getText()).isEqualTo(eur("1000.00"));
        browser().screenshot("my-application-awarded");
        browser().size(390, 844);
        browser().screenshot("my-application-awarded-mobile");
        browser().size(Browser.DESKTOP.width, Browser.DESKTOP.height);

        browser().find("#report").sendKeys("Visited Hannover Messe; 6 meetings with buyers, 2 follow-up offers.");
        browser().find("#proof").sendKeys("https://files.example/hannover-report.pdf");
        browser().clickAndWait("#report-form button[type=submit]");
        assertThat(browser().path()).isEqualTo("/my/applications/" + toReport + "?done=reported");
        browser().assertAccessible("report sent");
        assertThat(browser().find("#done").getText()).contains("Your report was sent");
        assertThat(browser().find("#status").getText()).isEqualTo("Report sent: being verified");
        assertThat(browser().all("#report-form")).isEmpty();
        assertThat(browser().find("#reported-at").getText()).contains("Brussels time");
        browser().screenshot("my-application-reported");

        // ---- withdrawing another one: a required confirmation, no JavaScript
        visit("/my/applications/" + toWithdraw);
        browser().find("#confirm").click();
        browser().clickAndWait("#withdraw-form button[type=submit]");
        assertThat(browser().path()).isEqualTo("/my/applications/" + toWithdraw + "?done=withdrawn");
        browser().assertAccessible("withdrawn");
        assertThat(browser().find("#done").getText()).isEqualTo("Your application was withdrawn.");
        assertThat(browser().find("#status").getText()).isEqualTo("Withdrawn");
        assertThat(browser().find("#first-tranche").getText()).contains("cancelled");
        browser().screenshot("my-application-withdrawn");

        // ---- a refused one: why, in plain words with the rule's code
        visit("/my/applications/" + refused);
        assertThat(browser().find(".refusals").getText()).contains("country is not among the open call",
                "country_not_eligible");
        assertThat(browser().find("#no-actions").getText()).isNotBlank();
        browser().screenshot("my-application-refused");

        // ---- in French, and the notifications
        visit("/my/applications?lang=fr");
        assertThat(browser().h1()).isEqualTo("Mes candidatures");
        assertThat(browser().htmlLang()).isEqualTo("fr");
        browser().screenshot("my-applications-fr");
        visit("/my/notifications?lang=en");
        assertThat(browser().h1()).isEqualTo("My notifications");
        assertThat(browser().text()).contains("Awarded", "Payment ordered");
        browser().screenshot("my-notifications");
        browser().clickAndWait("a[href='/my/applications/" + toWithdraw + "']");
        assertThat(browser().path()).isEqualTo("/my/applications/" + toWithdraw);
    }

    @Test
    void aPersonWithoutApplicationsIsShownTheWayToTheOpenCalls() {
        signIn("evaluator4", "/my/applications");
        browser().assertAccessible("/my/applications, empty");
        assertThat(browser().text()).contains("You have no applications yet.");
        browser().screenshot("my-applications-empty");
        browser().clickAndWait("main a[href='/open-calls']");
        assertThat(browser().path()).isEqualTo("/open-calls");
    }
}
