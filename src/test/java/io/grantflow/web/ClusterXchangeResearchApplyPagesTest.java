package io.grantflow.web;

import io.grantflow.support.ProposalFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A research organisation, a cluster member, requests a ClusterXchange exchange through the public pages (docs/cascade.md,
 * "Who may apply"): the open call's page lists the organisation types it accepts; the demo SME user, also a member
 * of a validated research institute, signs in, chooses the institute, names the visitor and the host, submits, and
 * lands on the application, awarded the whole lump sum to the institute.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class ClusterXchangeResearchApplyPagesTest extends BrowserTest {

    private static void type(String css, String text) {
        WebElement field = browser().find(css);
        field.clear();
        field.sendKeys(text);
    }

    private static void date(String id, LocalDate day) {
        browser().script("var f = document.getElementById('" + id + "'); f.value = '" + day + "';"
                + " f.dispatchEvent(new Event('change', { bubbles: true }));");
    }

    /** A research institute in Germany registered by the demo SME user and validated by an officer. */
    private static long institute(String name) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", name, "pic", ProposalFixtures.nextPic(),
                "country", "DE", "type", "RESEARCH_ORGANISATION"));
        long id = given().auth().preemptive().basic(ApplyFixtures.SME, ApplyFixtures.SME).contentType(ContentType.JSON)
                .body(body).post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        ProposalFixtures.validate(id);
        return id;
    }

    @Test
    void aResearchOrganisationRequestsAnExchangeThroughTheApplyPages() {
        ApplyFixtures.Data data = ApplyFixtures.data();
        ApplyFixtures.OpenCall call = ApplyFixtures.exchange();
        String name = "Institut für Produktionstechnik " + UUID.randomUUID().toString().substring(0, 6);
        long institute = institute(name);

        // the open call's page: cluster members may apply, research organisations among them
        browser().open("/open-calls/" + call.id());
        assertThat(browser().text()).contains("Research organisation", "Business-support organisation",
                "Cluster organisation", "applicant_type_not_eligible");
        browser().assertAccessible("a ClusterXchange open call listing its applicant types");

        String path = "/open-calls/" + call.id() + "/apply";
        browser().open("/sign-in?redirect=" + path);
        browser().find("#j_username").sendKeys(ApplyFixtures.SME);
        browser().find("#j_password").sendKeys(ApplyFixtures.SME);
        browser().clickAndWait("#sign-in-form button[type=submit]");
        assertThat(browser().path()).isEqualTo(path);

        new Select(browser().find("#organisation")).selectByValue(String.valueOf(institute));
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String visitor = "lena-" + System.nanoTime() + "@ipt.example.org";
        type("#exchange-visitorName", "Lena Vogel");
        type("#exchange-visitorId", visitor);
        type("#exchange-host", data.hostPic());
        date("exchange-from", monday);
        date("exchange-to", monday.plusDays(4));
        type("#exchange-distanceKm", "650");
        type("#purpose", "Laser welding of battery housings with the cluster's members");
        type("#iban", "DE89 3704 0044 0532 0130 00");
        browser().find("#notInDifficulty").click();
        browser().find("#noDoubleFunding").click();
        type("#deMinimisReceived", "0");
        browser().assertAccessible("the ClusterXchange form filled in for a research institute");
        browser().screenshot("apply-clusterxchange-research");
        browser().clickAndWait("#submit-application");

        assertThat(browser().path()).matches("/my/applications/\\d+");
        long id = Long.parseLong(browser().path().replaceAll("^/my/applications/(\\d+).*$", "$1"));
        browser().assertAccessible("the research institute's exchange, just submitted");
        assertThat(browser().text()).contains(call.title());
        browser().screenshot("apply-clusterxchange-research-submitted");

        JsonPath application = given().auth().preemptive().basic(ApplyFixtures.SME, ApplyFixtures.SME)
                .get("/api/applications/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(application.getLong("organisation")).isEqualTo(institute);
        assertThat(application.getString("status")).isEqualTo("AWARDED");
        assertThat(application.getString("awarded")).isEqualTo("1100.00");
        assertThat(application.getString("exchange.visitorId")).isEqualTo(visitor);
        assertThat(application.getLong("exchange.host")).isEqualTo(data.host());
    }
}
