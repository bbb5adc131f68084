package io.grantflow.web;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProviderFixtures;
import io.grantflow.support.ProviderFixtures.Provider;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Providers in a real browser: a provider offers its coaching on the provider call's form (refused once for its day
 * rate, with every reason), an SME asks for coaching days on the apply form and confirms the days the coach delivered, the coordinator finds the roster and the in-kind awards on the desk (provider, days,
 * value, delivered, paid), in English with axe-core, and in French and German.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class ProviderPagesTest extends BrowserTest {

    private static RequestSpecification basic(String demoUser) {
        return given().auth().preemptive().basic(demoUser, demoUser).contentType("application/json");
    }

    private static void joins(String demoUser, long organisation, String member) {
        long request = basic(demoUser).post("/api/organisations/{id}/membership-requests", organisation).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(member).post("/api/organisations/{id}/membership-requests/{request}/approve", organisation, request)
                .then().statusCode(200);
    }

    private static void type(String id, String text) {
        browser().find("#" + id).clear();
        browser().find("#" + id).sendKeys(text);
    }

    @Test
    void aProviderOffersCoachingAndTheCoordinatorSeesTheRosterAndTheInKindAwards() {
        SignedGrant g = GrantFixtures.signedGrant();
        joins("coordinator", g.consortium().coordinator(), g.consortium().coordinatorUser());
        long call = ProviderFixtures.providerCallId(g, "COACHING", "800.00", "FIRST_COME_FIRST_SERVED");
        Provider agency = ProviderFixtures.provider("BUSINESS_SUPPORT_ORGANISATION", "BE");
        joins("host", agency.organisation(), agency.user());

        // ---- the provider's form: refused once for its day rate, then selected onto the roster
        signIn("host", "/provider-calls/" + call + "/apply");
        assertThat(browser().find("#offer-intro").getText()).contains("Coaching", "800.00");
        browser().assertAccessible("/provider-calls/" + call + "/apply");
        new Select(browser().find("#organisation")).selectByValue(String.valueOf(agency.organisation()));
        type("dayRate", "900.00");
        type("capacityDays", "10");
        type("languages", "fr, en");
        type("description", "Investor-readiness coaching for hydrogen start-ups");
        type("iban", ProviderFixtures.PROVIDER_IBAN);
        browser().clickAndWait("#offer-submit");
        assertThat(browser().find("#offer-recorded").getText()).contains("refused");
        assertThat(browser().find("#offer-refusals").getText()).contains("day_rate_too_high");
        browser().screenshot("provider-offer-refused");
        Provider coach = ProviderFixtures.provider("CLUSTER_ORGANISATION", "FR");
        long offer = ProviderFixtures.onRoster(coach, call, "700.00", 10);

        // ---- an SME asks for two coaching days on the apply form (days, not an amount) and is awarded them
        long inKind = createOpenCall(g, ProviderFixtures.inKindOpenCall("COACHING", 5, "3000.00",
                "FIRST_COME_FIRST_SERVED", "20000.00")).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        joins(ApplyFixtures.SME, sme.organisation(), sme.user());
        browser().driver().manage().deleteAllCookies();
        signIn(ApplyFixtures.SME, "/open-calls/" + inKind + "/apply");
        assertThat(browser().find("#days-hint").getText()).contains("At most 5 days", "3,000.00");
        assertThat(browser().all("#requested")).isEmpty();
        new Select(browser().find("#organisation")).selectByValue(String.valueOf(sme.organisation()));
        type("days", "2");
        type("purpose", "Coaching on investor readiness");
        type("iban", "IT60 X054 2811 1010 0000 0123 456");
        browser().find("#notInDifficulty").click();
        browser().find("#noDoubleFunding").click();
        type("deMinimisReceived", "0");
        browser().assertAccessible("/open-calls/" + inKind + "/apply (in kind by days)");
        browser().clickAndWait("#submit-application");
        assertThat(browser().path()).matches("/my/applications/\\d+");
        long app = Long.parseLong(browser().path().replaceAll("^/my/applications/(\\d+).*$", "$1"));
        basic(ApplyFixtures.SME).get("/api/applications/{id}", app).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("AWARDED")).body("awarded", org.hamcrest.Matchers.equalTo("1400.00"));
        as(coach.user()).body(Map.of("days", 2)).post("/api/applications/{id}/delivery", app).then().statusCode(200);

        // ---- the SME confirms the days the coach reported on its application's page: that is its report
        browser().open("/my/applications/" + app);
        assertThat(browser().find("#in-kind").getText()).contains("Provider " + coach.user(), "2 × €700.00");
        assertThat(browser().all("#report-form")).isEmpty();
        browser().assertAccessible("/my/applications/" + app + " (in kind, delivery reported)");
        browser().clickAndWait("#confirm-delivery");
        assertThat(browser().path()).isEqualTo("/my/applications/" + app + "?done=reported");
        basic(ApplyFixtures.SME).get("/api/applications/{id}", app).then().body("status",
                org.hamcrest.Matchers.equalTo("REPORTED"));

        // ---- the coordinator's desk: the roster and the in-kind award
        browser().driver().manage().deleteAllCookies();
        signIn("coordinator", "/desk/grants");
        browser().clickAndWait("#providers-" + g.id());
        browser().assertAccessible("/desk/grants/" + g.id() + "/providers");
        assertThat(browser().find("#roster-" + offer).getText()).contains("Provider " + coach.user(), "Coaching", "700.00",
                "10");
        assertThat(browser().find("#in-kind-" + app).getText()).contains("Provider " + coach.user(), "2 ×", "1,400.00",
                "confirmed by the SME");
        assertThat(browser().find("#provider-call-" + call).getText()).contains("Coaching");
        browser().screenshot("desk-providers");

        // ---- an evaluated in-kind call: the coordinator names the coach on the desk, then reports the delivery
        long evaluated = createOpenCall(g, ProviderFixtures.inKindOpenCall("COACHING", 5, "3000.00", "EVALUATED",
                "20000.00")).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme second = GrantFixtures.sme("FR");
        long asked = GrantFixtures.asSme(second).body(ProviderFixtures.daysApplication(second, 3))
                .post("/api/open-calls/{id}/applications", evaluated).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        io.grantflow.support.Await.until(() -> basic("coordinator").get("/api/applications/{id}", asked).jsonPath()
                .getString("status"), "UNDER_REVIEW"::equals, java.time.Duration.ofSeconds(30), "under review");
        browser().open("/desk/grants/" + g.id() + "/providers");
        assertThat(browser().find("#request-" + asked).getText()).contains("3 days of Coaching");
        new Select(browser().find("#provider-" + asked)).selectByValue(String.valueOf(offer));
        browser().assertAccessible("/desk/grants/" + g.id() + "/providers (an application to name a provider for)");
        browser().clickAndWait("#name-provider-" + asked);
        assertThat(browser().path()).isEqualTo("/desk/grants/" + g.id() + "/providers?done=named");
        assertThat(browser().find("#request-" + asked).getText()).contains("Provider named so far: Provider " + coach.user());
        as(g.consortium().coordinatorUser()).body(Map.of("approve", true)).post("/api/applications/{id}/decision", asked)
                .then().statusCode(200);
        browser().open("/desk/grants/" + g.id() + "/providers");
        type("days-" + asked, "9");
        browser().clickAndWait("#report-delivery-" + asked);
        assertThat(browser().find("#delivery-error-" + asked).getText()).contains("invalid_delivery");
        browser().assertAccessible("/desk/grants/" + g.id() + "/providers (delivery refused)");
        type("days-" + asked, "3");
        browser().clickAndWait("#report-delivery-" + asked);
        assertThat(browser().find("#done").getText()).contains("days delivered are recorded");
        assertThat(browser().find("#in-kind-" + asked).getText()).contains("3 × ", "2,100.00");
        basic("coordinator").get("/api/applications/{id}/in-kind", asked).then().statusCode(200)
                .body("deliveredDays", org.hamcrest.Matchers.equalTo(3));
        browser().open("/desk/grants/" + g.id() + "/providers?lang=fr");
        assertThat(browser().h1()).contains("prestataires et aide en nature");
        assertThat(browser().find("#roster-table").getText()).contains("Tarif journalier");
        browser().open("/desk/grants/" + g.id() + "/providers?lang=de");
        assertThat(browser().find("#in-kind-table").getText()).contains("Erbracht");
    }
}
