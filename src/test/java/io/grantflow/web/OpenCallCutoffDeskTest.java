package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.time.Brussels;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open call with cut-offs on the consortium's desk in a real browser: the demo coordinator publishes an open call
 * of EUR 10,000 with two cut-offs (EUR 4,000 closing tomorrow, EUR 6,000 in ten days) from the form; an SME is
 * awarded EUR 1,000 in the first; once it has closed the desk page offers to carry the unused EUR 3,000 to the
 * second, and the coordinator does (the page says so, the form is gone, the ledger holds it); the public page
 * names the current cut-off with what it has left. With axe-core on each page.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class OpenCallCutoffDeskTest extends BrowserTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static RequestSpecification basic(String demoUser) {
        return given().auth().preemptive().basic(demoUser, demoUser).contentType("application/json");
    }

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    private static void type(String id, String text) {
        browser().find("#" + id).clear();
        browser().find("#" + id).sendKeys(text);
    }

    /** Sets a field by its id (the cut-off rows' ids hold brackets and dots) to a value, as typed. */
    private static void set(String id, String value) {
        browser().script("var f = document.getElementById('" + id + "'); f.value = '" + value + "';"
                + " f.dispatchEvent(new Event('change', { bubbles: true }));");
    }

    private static String local(Instant at) {
        return at.atZone(Brussels.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void theCoordinatorPublishesCutOffsAndCarriesTheUnusedBudgetOfTheFirst() {
        SignedGrant g = GrantFixtures.signedGrant();
        long request = basic("coordinator").post("/api/organisations/{id}/membership-requests",
                g.consortium().coordinator()).then().statusCode(201).extract().jsonPath().getLong("id");
        as(g.consortium().coordinatorUser()).post("/api/organisations/{id}/membership-requests/{request}/approve",
                g.consortium().coordinator(), request).then().statusCode(200);
        Instant now = Instant.now();

        // ---- the form: two cut-offs, the open call's own closing left to them
        signIn("coordinator", "/desk/grants/" + g.id() + "/open-calls/new");
        type("title", "Trade-fair lump sums in two rounds");
        new Select(browser().find("#instrument")).selectByValue("FIXED_LUMP_SUM");
        new Select(browser().find("#selection")).selectByValue("FIRST_COME_FIRST_SERVED");
        type("budget", "10,000.00");
        type("fixedAmount", "1,000.00");
        set("opensAt", local(now.minus(Duration.ofHours(1))));
        set("cutoffs[0].closesAt", local(now.plus(Duration.ofDays(1))));
        set("cutoffs[0].budget", "4,000.00");
        set("cutoffs[1].closesAt", local(now.plus(Duration.ofDays(10))));
        set("cutoffs[1].budget", "5,000.00");
        browser().clickAndWait("#review");
        assertThat(browser().find("#refusal").getText()).contains("cutoffs", "cutoff_budgets_mismatch");
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (cut-offs, refused)");
        set("cutoffs[1].budget", "6,000.00");
        browser().clickAndWait("#review");
        assertThat(browser().find("#review-cutoffs").getText()).contains(eur("4000.00"), eur("6000.00"));
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (cut-offs, review)");
        browser().clickAndWait("#publish");
        assertThat(browser().path()).matches("/desk/open-calls/\\d+\\?published=true");
        long openCall = Long.parseLong(browser().path().replaceAll("\\D*(\\d+).*", "$1"));
        assertThat(browser().find("#cutoff-0").getText()).contains("Cut-off 1", "Open", eur("4000.00"));
        assertThat(browser().find("#cutoff-1").getText()).contains("Cut-off 2", "Upcoming", eur("6000.00"));
        assertThat(browser().all("#carry-over-form-0")).as("not decided: nothing to carry yet").isEmpty();

        // ---- an SME is awarded in the first cut-off, which then closes
        Sme sme = GrantFixtures.sme("IT");
        asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall).then()
                .statusCode(201).body("status", org.hamcrest.Matchers.equalTo("AWARDED"));
        TestClock.advance(Duration.ofDays(2));

        // ---- the desk offers the carry-over; the coordinator carries the unused EUR 3,000
        browser().open("/desk/open-calls/" + openCall);
        assertThat(browser().find("#cutoff-0").getText()).contains("Closed", eur("3000.00"));
        assertThat(browser().find("#carry-over-0").getText()).isEqualTo("Carry the unused " + eur("3000.00")
                + " of cut-off 1 to the next");
        browser().assertAccessible("/desk/open-calls/" + openCall + " (a cut-off to carry over)");
        browser().clickAndWait("#carry-over-0");
        assertThat(browser().path()).isEqualTo("/desk/open-calls/" + openCall + "?carried=0");
        assertThat(browser().find("#carried").getText()).contains("carried to the next cut-off");
        assertThat(browser().find("#cutoff-0").getText()).contains("Carried over", "was carried to the next cut-off by");
        assertThat(browser().find("#cutoff-1").getText()).contains("Open", eur("9000.00"));
        assertThat(browser().all("#carry-over-form-0")).as("carried once: the form is gone").isEmpty();
        browser().assertAccessible("/desk/open-calls/" + openCall + "?carried=0");
        JsonPath cutoffs = basic("coordinator").get("/api/open-calls/{id}/cutoffs", openCall).then().statusCode(200)
                .extract().jsonPath();
        assertThat(cutoffs.getList("cutoffs.allocated")).containsExactly("1000.00", "9000.00");
        assertThat(cutoffs.getList("cutoffs.carriedOut")).containsExactly("3000.00", "0.00");

        // ---- the public page: the current cut-off, its closing and what it has left
        browser().open("/open-calls/" + openCall);
        assertThat(browser().find("#current-cutoff").getText()).containsIgnoringCase("cut-off 2")
                .contains("Current cut-off: closes", eur("9000.00"));
        browser().assertAccessible("/open-calls/" + openCall + " (cut-offs)");
    }
}
