package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.CutoffFixtures;
import io.grantflow.support.TestClock;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The carry-over on the officer's ranking page, as a browser without JavaScript uses it: the awarded first
 * cut-off shows its budget and the form; posting it (with the page's CSRF token) carries the unused budget,
 * redirects back with a notice, and both cut-offs show it; the form is gone.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class CutoffCarryOverDeskTest {

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void anOfficerCarriesTheUnusedBudgetFromTheRankingPage() {
        String call = CutoffFixtures.decidedFirstCutoff();
        ApplyFixtures.Session officerSession = ApplyFixtures.signIn("officer");

        String page = given().cookies(officerSession.cookies()).get("/desk/calls/{id}/ranking?cutoff=0", call).then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("id=\"cutoff-budget\"", "id=\"carry-over-form\"",
                "Carry the unused " + eur("1000000.00"));
        String token = ApplyFixtures.group(ApplyFixtures.CSRF, page.substring(page.indexOf("id=\"carry-over-form\"")));

        Response posted = given().cookies(officerSession.cookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .post("/desk/calls/{id}/ranking/carry-over?cutoff=0", call);
        assertThat(posted.statusCode()).as(posted.asString()).isEqualTo(303);
        assertThat(posted.getHeader("Location")).endsWith("/desk/calls/" + call + "/ranking?cutoff=0&done=carried");

        String after = given().cookies(officerSession.cookies()).get("/desk/calls/{id}/ranking?cutoff=0&done=carried", call)
                .then().statusCode(200).extract().asString();
        assertThat(after).contains("id=\"carried-notice\"", "id=\"carried\"", "was carried to the next cut-off by officer")
                .doesNotContain("id=\"carry-over-form\"");
        String next = given().cookies(officerSession.cookies()).get("/desk/calls/{id}/ranking?cutoff=1", call).then()
                .statusCode(200).extract().asString();
        assertThat(next).contains("id=\"cutoff-budget\"", "carried in " + eur("1000000.00"));
        officer().get("/api/calls/{id}/cutoffs", call).then().body("cutoffs.carriedOut", contains("1000000.00", "0.00"))
                .body("cutoffs[0].carryOver.decidedBy", equalTo(handle("officer")));
    }

    /** The user record's handle: the name itself, or the name with a suffix when another record took it first. */
    private static String handle(String demoUser) {
        return given().auth().preemptive().basic(demoUser, demoUser).get("/api/me").then().statusCode(200)
                .extract().jsonPath().getString("username");
    }
}
