package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.TestClock;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grant's life in a real browser: the demo coordinator writes period 1's report on the grant's page (refused once,
 * every problem beside its field; submitting before the period is over is refused with period_not_ended, the draft
 * kept), submits it once the business clock is past the period; the officer finds it on the review desk, reads its
 * figures, rejects it with a reason; the coordinator reads the reason and corrects it in version 2; the officer
 * accepts it and sees the interim payment order, with the way to the payment desk. Axe-core on every page; French
 * and German.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class GrantLifePagesTest extends BrowserTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static RequestSpecification basic(String demoUser) {
        return given().auth().preemptive().basic(demoUser, demoUser).contentType("application/json");
    }

    /** The demo user (its Basic and form sign-in: one person) joins the organisation; a member approves. */
    private static void joins(String demoUser, long organisation, String member) {
        long request = basic(demoUser).post("/api/organisations/{id}/membership-requests", organisation).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(member).post("/api/organisations/{id}/membership-requests/{request}/approve", organisation, request)
                .then().statusCode(200);
    }

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    private static void type(String id, String text) {
        browser().find("#" + id).clear();
        browser().find("#" + id).sendKeys(text);
    }

    private static void choose(String id, String value) {
        new Select(browser().find("#" + id)).selectByValue(value);
    }

    private static void signInAs(String user, String page) {
        browser().driver().manage().deleteAllCookies();
        signIn(user, page);
    }

    @Test
    void theCoordinatorReportsTheOfficerRejectsTheCorrectionIsAcceptedAndPaid() {
        SignedGrant g = GrantFixtures.signedGrant();
        joins("coordinator", g.consortium().coordinator(), g.consortium().coordinatorUser());
        String coordinator = String.valueOf(g.consortium().coordinator());
        String partner = String.valueOf(g.consortium().partner1());

        // ---- the consortium's desk leads to the grant's page: periods, schedule
        signInAs("coordinator", "/desk/grants");
        browser().clickAndWait("#life-" + g.id());
        assertThat(browser().path()).isEqualTo("/desk/grants/" + g.id());
        browser().assertAccessible("/desk/grants/{id}");
        assertThat(browser().find("#period-state-1").getText()).isEqualTo("Running");
        assertThat(browser().all("#periods tbody tr")).hasSize(2);
        assertThat(browser().find("#period-2").getText()).contains("Period 2 (final)");
        assertThat(browser().find("#schedule").getText()).contains("Pre-financing", "Balance");
        browser().screenshot("grant-life");

        // ---- period 1's report: what cannot be read is said, every problem at once, the form as typed
        browser().clickAndWait("#period-link-1");
        browser().assertAccessible("/desk/grants/{id}/periods/1");
        assertThat(browser().find("#report-form-title").getText()).isEqualTo("Write the report");
        type("technical", "Twelve SMEs coached; two matchmaking events.");
        type("kpis", "smesSupported = 12\nevents two");
        choose("cost-0-organisation", coordinator);
        choose("cost-0-category", "PERSONNEL");
        type("cost-0-amount", "300,000.00");
        choose("cost-1-organisation", partner);
        choose("cost-1-category", "TRAVEL");
        type("cost-1-amount", "100,000.5x");
        browser().clickAndWait("#save-draft");
        String refusal = browser().find("#refusal").getText();
        assertThat(refusal).contains("KPIs of the period", "Each line is name = value", "invalid_kpi_line",
                "Cost line 2 – Amount (EUR)", "invalid_amount");
        assertThat(browser().find("#cost-1-amount").getAttribute("value")).isEqualTo("100,000.5x");
        assertThat(browser().find("#cost-1-amount").getAttribute("aria-invalid")).isEqualTo("true");
        browser().assertAccessible("/desk/grants/{id}/periods/1 (refused)");
        browser().screenshot("grant-period-refused");

        // ---- corrected, then submitted too early: refused, the draft kept
        type("kpis", "smesSupported = 12\nevents = 2");
        type("cost-1-amount", "100,000.00");
        browser().clickAndWait("#submit-report");
        assertThat(browser().find("#refusal").getText()).contains("The period is not over yet", "period_not_ended");
        JsonPath draft = basic("coordinator").get("/api/grants/{id}/reports/1", g.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(draft.getString("[0].status")).isEqualTo("DRAFT");
        assertThat(draft.getString("[0].otherCosts")).isEqualTo("400000.00");

        // ---- after the period's end: submitted
        TestClock.freeze();
        TestClock.advance(Duration.ofDays(560));
        browser().open("/desk/grants/" + g.id() + "/periods/1");
        assertThat(browser().find("#cost-1-amount").getAttribute("value")).isEqualTo("100000.00");
        browser().clickAndWait("#submit-report");
        assertThat(browser().path()).isEqualTo("/desk/grants/" + g.id() + "/periods/1?done=submitted");
        assertThat(browser().find("#done").getText()).contains("Report submitted (version 1)");
        assertThat(browser().find("#period-state").getText()).contains("Submitted");
        assertThat(browser().all("#report-form")).as("no form while the officer reviews it").isEmpty();

        // ---- the officer's desk: the report waits; its figures; rejected with a reason
        signInAs("officer", "/desk");
        assertThat(browser().find("#desk-grant-reports").getText()).contains("Grant reports to review");
        browser().clickAndWait("#desk-grant-reports h2 a");
        assertThat(browser().path()).isEqualTo("/desk/grant-reports");
        browser().assertAccessible("/desk/grant-reports");
        browser().screenshot("grant-reports-desk");
        browser().clickAndWait("#review-" + g.id() + "-1");
        browser().assertAccessible("/desk/grant-reports/{grant}/periods/1");
        assertThat(browser().find("#costs-current").getText()).contains("Personnel", "Travel and subsistence",
                eur("300000.00"), eur("100000.00"));
        assertThat(browser().find("#costs-total-current").getText()).isEqualTo(eur("400000.00"));
        assertThat(browser().find("#fstp-current").getText()).isEqualTo(eur("0.00"));
        assertThat(browser().find("#contribution-current").getText()).isEqualTo(eur("360000.00"));
        browser().screenshot("grant-report-review");
        browser().clickAndWait("#reject");
        assertThat(browser().find("#refusal").getText()).contains("Reason", "invalid_decision");
        type("reason", "Travel costs lack the mission orders.");
        browser().clickAndWait("#reject");
        assertThat(browser().find("#done").getText()).contains("Report rejected");

        // ---- the consortium reads why and corrects it in version 2
        signInAs("coordinator", "/desk/grants/" + g.id() + "/periods/1");
        assertThat(browser().find("#rejection-reason").getText()).isEqualTo("Travel costs lack the mission orders.");
        assertThat(browser().find("#report-form-title").getText()).isEqualTo("Correct the report (version 2)");
        assertThat(browser().find("#technical").getAttribute("value")).contains("Twelve SMEs coached");
        browser().assertAccessible("/desk/grants/{id}/periods/1 (rejected)");
        type("cost-1-amount", "200,000.00");
        browser().clickAndWait("#submit-report");
        assertThat(browser().find("#done").getText()).contains("Report submitted (version 2)");
        assertThat(browser().find("#version-1").getText()).contains("Version 1: rejected");

        // ---- the officer accepts it: the period is settled, the interim payment ordered for a second officer
        signInAs("officer", "/desk/grant-reports/" + g.id() + "/periods/1");
        assertThat(browser().find("#contribution-current").getText()).isEqualTo(eur("450000.00"));
        assertThat(browser().find("#earlier").getText()).contains("Version 1: rejected",
                "Travel costs lack the mission orders.");
        browser().clickAndWait("#accept");
        assertThat(browser().find("#done").getText()).contains("Report accepted");
        browser().assertAccessible("/desk/grant-reports/{grant}/periods/1 (accepted)");
        JsonPath settled = basic("officer").get("/api/grants/{id}", g.id()).then().statusCode(200).extract()
                .jsonPath();
        String amount = settled.getString("reportingPeriods[0].settlement.amount");
        long order = settled.getLong("reportingPeriods[0].settlement.paymentOrder");
        assertThat(Money.eur(amount).isPositive()).isTrue();
        assertThat(browser().find("#settlement-amount-1").getText()).isEqualTo(eur(amount));
        assertThat(browser().find("#settlement-order-1").getText()).contains("Order " + order,
                "Waiting for approval");
        browser().screenshot("grant-report-accepted");
        browser().clickAndWait("#payment-desk-link-1");
        assertThat(browser().path()).isEqualTo("/desk/payments");
        assertThat(browser().find("#mine-" + order).getText()).contains(eur(amount));

        // ---- the consortium sees what period 1 settled; French and German
        signInAs("coordinator", "/desk/grants/" + g.id());
        assertThat(browser().find("#period-state-1").getText()).isEqualTo("Accepted (version 2)");
        assertThat(browser().find("#period-settled-1").getText()).isEqualTo("Interim payment " + eur(amount));
        browser().open("/desk/grants/" + g.id() + "?lang=fr");
        browser().assertAccessible("/desk/grants/{id}?lang=fr");
        assertThat(browser().find("#period-state-1").getText()).isEqualTo("Accepté (version 2)");
        browser().open("/desk/grants/" + g.id() + "/periods/1?lang=de");
        browser().assertAccessible("/desk/grants/{id}/periods/1?lang=de");
        assertThat(browser().find("h1").getText()).startsWith("Bericht");
        browser().screenshot("grant-period-de");

        // ---- on a phone: the page fits, the tables scroll in their own region
        browser().size(390, 844);
        browser().open("/desk/grants/" + g.id() + "?lang=en");
        assertThat((Boolean) browser().script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no sideways scrolling of the page on a phone").isTrue();
        browser().screenshot("grant-life-phone");
        browser().size(1280, 900);
    }
}
