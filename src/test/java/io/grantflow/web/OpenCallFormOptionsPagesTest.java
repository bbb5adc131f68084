package io.grantflow.web;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-call form's options in a real browser: the demo coordinator publishes an internationalisation open call
 * with target markets (a region ticked, third countries typed; an EU Member State refused beside the field), the
 * entrepreneur-profile question and two applicant types, and sees the markets on the public page; then an open call
 * in kind by days (coaching, at most 5 days), refused once for its first tranche, reviewed and published. With
 * axe-core on each page, and the form in French and German.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class OpenCallFormOptionsPagesTest extends BrowserTest {

    private static RequestSpecification basic(String demoUser) {
        return given().auth().preemptive().basic(demoUser, demoUser).contentType("application/json");
    }

    private static void type(String id, String text) {
        browser().script("var f = document.getElementById('" + id + "'); f.value = '';");
        browser().find("[id='" + id + "']").sendKeys(text);
    }

    private static String opened() {
        return Instant.now().minus(1, ChronoUnit.HOURS).atZone(ZoneId.of("Europe/Brussels")).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static long published() {
        assertThat(browser().path()).matches("/desk/open-calls/\\d+\\?published=true");
        return Long.parseLong(browser().path().replaceAll("\\D*(\\d+).*", "$1"));
    }

    @Test
    void theCoordinatorPublishesAnInternationalisationCallAndAnInKindCallByDays() {
        SignedGrant g = GrantFixtures.signedGrant();
        long request = basic("coordinator").post("/api/organisations/{id}/membership-requests",
                g.consortium().coordinator()).then().statusCode(201).extract().jsonPath().getLong("id");
        as(g.consortium().coordinatorUser()).post("/api/organisations/{id}/membership-requests/{request}/approve",
                g.consortium().coordinator(), request).then().statusCode(200);

        // ---- an internationalisation call: target markets, the profile question, who may apply
        signIn("coordinator", "/desk/grants/" + g.id() + "/open-calls/new");
        type("title", "Missions to Asia and North America");
        new Select(browser().find("#instrument")).selectByValue("LUMP_SUM_UP_TO");
        new Select(browser().find("#selection")).selectByValue("FIRST_COME_FIRST_SERVED");
        type("budget", "20,000.00");
        type("maxAmount", "4,000.00");
        browser().script("document.getElementById('opensAt').value = '" + opened() + "';");
        browser().find("#activity-SME_INTERNATIONALISATION").click();
        browser().find("#region-ASIA_PACIFIC").click();
        type("targetCountries", "US, DE");
        browser().find("#collectsEntrepreneurProfile").click();
        browser().find("#applicant-type-SME").click();
        browser().find("#applicant-type-RESEARCH_ORGANISATION").click();
        assertThat(browser().find("#inKind").isDisplayed()).as("in kind only with an in-kind service").isFalse();
        browser().clickAndWait("#review");
        assertThat(browser().find("#refusal").getText()).contains("targetMarkets[2]", "not_a_third_country");
        assertThat(browser().find("#targetMarkets-error").getText()).contains("An EU Member State is not a target market");
        assertThat(browser().find("#region-ASIA_PACIFIC").isSelected()).isTrue();
        assertThat(browser().find("#collectsEntrepreneurProfile").isSelected()).isTrue();
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (target markets refused)");
        type("targetCountries", "US");
        browser().clickAndWait("#review");
        assertThat(browser().find("#review-target-markets").getText()).isEqualTo("Asia-Pacific, United States");
        assertThat(browser().find("#review-profile").getText()).isEqualTo("yes");
        assertThat(browser().find("#review-applicant-types").getText()).contains("SME");
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (target markets, review)");
        browser().clickAndWait("#publish");
        long missions = published();
        JsonPath oc = basic("coordinator").get("/api/open-calls/{id}", missions).then().statusCode(200).extract().jsonPath();
        assertThat(oc.getList("targetMarkets")).containsExactly("ASIA_PACIFIC", "US");
        assertThat(oc.getBoolean("collectsEntrepreneurProfile")).isTrue();
        assertThat(oc.getList("applicantTypes")).containsExactlyInAnyOrder("SME", "RESEARCH_ORGANISATION");
        browser().open("/open-calls/" + missions);
        assertThat(browser().find("#target-markets").getText()).contains("Asia-Pacific", "United States");
        browser().assertAccessible("/open-calls/" + missions + " (target markets)");

        // ---- an open call in kind by days: refused once for its first tranche, then published
        browser().open("/desk/grants/" + g.id() + "/open-calls/new");
        type("title", "Coaching days for start-ups");
        new Select(browser().find("#instrument")).selectByValue("VOUCHER");
        new Select(browser().find("#selection")).selectByValue("FIRST_COME_FIRST_SERVED");
        type("budget", "10,000.00");
        type("maxAmount", "3,000.00");
        browser().script("document.getElementById('opensAt').value = '" + opened() + "';");
        new Select(browser().find("#typeOfSupport")).selectByValue("IN_KIND_SERVICE");
        assertThat(browser().find("#inKind").isDisplayed()).isTrue();
        new Select(browser().find("[id='inKind.service']")).selectByValue("COACHING");
        type("inKind.maxDays", "5");
        browser().clickAndWait("#review");
        assertThat(browser().find("#refusal").getText()).contains("firstTranchePercent", "in_kind_paid_on_delivery");
        assertThat(browser().find("#inKind").isDisplayed()).as("filled in: shown again").isTrue();
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (in kind refused)");
        type("firstTranchePercent", "0");
        browser().clickAndWait("#review");
        assertThat(browser().find("#review-in-kind").getText()).isEqualTo("Coaching, at most 5 days per application");
        assertThat(browser().find("#review-support").getText()).isEqualTo("In-kind service");
        browser().clickAndWait("#publish");
        long coaching = published();
        JsonPath inKind = basic("coordinator").get("/api/open-calls/{id}", coaching).then().statusCode(200).extract()
                .jsonPath();
        assertThat(inKind.getString("typeOfSupport")).isEqualTo("IN_KIND_SERVICE");
        assertThat(inKind.getString("inKind.service")).isEqualTo("COACHING");
        assertThat(inKind.getInt("inKind.maxDays")).isEqualTo(5);

        // ---- the form in French and German
        browser().open("/desk/grants/" + g.id() + "/open-calls/new?lang=fr");
        assertThat(browser().find("#targetMarkets").getText()).contains("Marchés cibles");
        browser().open("/desk/grants/" + g.id() + "/open-calls/new?lang=de");
        assertThat(browser().find("#applicantTypes").getText()).contains("Wer sich bewerben darf");
    }
}
