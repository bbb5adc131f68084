package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The KPI pages in a real browser: the officer finds the programme's indicators (figures, SMEs per theme and the
 * reported indicators, each a bar with its number beside it, the same as {@code /api/kpis}), follows a call to a
 * grant and its reports; a consortium member reports a period on the grant's page, is refused once (beside the field,
 * with the rule's code, the form as typed), corrects it and finds the report with its versions. English with
 * axe-core on every page, French and German.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class KpiDeskPagesTest extends BrowserTest {

    private static RequestSpecification demo(String user) {
        return given().auth().preemptive().basic(user, user).contentType("application/json");
    }

    /** On a phone's width the page does not scroll sideways (wide tables scroll in their own region). */
    static void fitsAPhone(String screenshot) {
        browser().size(390, 844);
        try {
            Object wide = browser().script("const w = document.documentElement.clientWidth; return Array.from("
                    + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
                    + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
            assertThat(((Number) browser().script("return document.documentElement.scrollWidth;")).intValue())
                    .as(screenshot + " on a phone; too wide: " + wide).isLessThanOrEqualTo(
                            ((Number) browser().script("return document.documentElement.clientWidth;")).intValue());
            browser().screenshot(screenshot);
        } finally {
            browser().size(Browser.DESKTOP.width, Browser.DESKTOP.height);
        }
    }

    private static void type(String id, String text) {
        browser().find("#" + id).clear();
        browser().find("#" + id).sendKeys(text);
    }

    /** A signed grant whose internationalisation open call awarded an SME, and a report of its consortium. */
    private static SignedGrant grantWithAnAwardAndAReport() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> intl = GrantFixtures.openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        intl.put("fixedAmount", "1000.00");
        intl.put("activities", List.of("SME_INTERNATIONALISATION"));
        long openCall = GrantFixtures.createOpenCall(g, intl).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).body("status", equalTo("AWARDED"));
        as(g.consortium().coordinatorUser()).body(Map.of("period", 1, "indicators", Map.of("RESILIENCE_PLANS", 2,
                        "SOCIAL_MEDIA_FOLLOWERS", 250)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(201);
        return g;
    }

    @Test
    void anOfficerReadsTheProgrammesIndicatorsAndFollowsACallToAGrant() {
        SignedGrant g = grantWithAnAwardAndAReport();
        String programme = officer().get("/api/calls/{id}", g.call()).jsonPath().getString("programme.code");
        JsonPath api = officer().get("/api/kpis/programmes/{code}", programme).then().statusCode(200).extract().jsonPath();

        signIn("officer", "/desk");
        assertThat(browser().find("#desk-kpis").getText()).contains("KPIs");
        browser().clickAndWait("#desk-kpis h2 a");
        assertThat(browser().path()).isEqualTo("/desk/kpis");
        browser().assertAccessible("/desk/kpis");
        new Select(browser().find("#programme")).selectByValue(programme);
        browser().clickAndWait("#show");
        assertThat(browser().path()).isEqualTo("/desk/kpis?programme=" + programme);
        browser().assertAccessible("/desk/kpis?programme=");
        assertThat(browser().find("#smes-supported").getText()).isEqualTo(api.getString("computed.smesSupported"));
        assertThat(browser().find("#support-committed").getText())
                .isEqualTo(Formats.money(Money.eur(api.getString("computed.supportCommitted")), Languages.ENGLISH));
        String theme = browser().find("#theme-table-SME_INTERNATIONALISATION").getText();
        assertThat(theme).contains("SME internationalisation",
                api.getString("computed.smesSupportedByTheme.SME_INTERNATIONALISATION"));
        assertThat(browser().find("#theme-table-SME_INTERNATIONALISATION svg.stacked-bar").getAttribute("aria-label"))
                .startsWith("SME internationalisation: ");
        assertThat(browser().find("#reported-table-RESILIENCE_PLANS").getText())
                .contains("Resilience", api.getString("reported.RESILIENCE_PLANS"));
        // issue 20: organisations per type, SMEs from other regions per region, the entrepreneur profile, and the
        // communication indicators among the reported ones
        assertThat(browser().find("#type-table-SME").getText()).contains("SMEs",
                api.getString("computed.organisationsSupportedByType.SME"));
        assertThat(browser().find("#type-table-CLUSTER_ORGANISATION").getText()).contains("Cluster organisations",
                api.getString("computed.organisationsSupportedByType.CLUSTER_ORGANISATION"));
        assertThat(browser().find("#smes-other-regions").getText()).isEqualTo(api.getString("computed.smesFromOtherRegions"));
        assertThat(browser().find("#region-table-IT").getText()).contains("IT",
                api.getString("computed.smesFromOtherRegionsByRegion.IT"));
        assertThat(browser().find("#profile-table-FEMALE_LED").getText()).contains("Female-led businesses", "0");
        assertThat(browser().find("#profile-asked").getText()).endsWith(": " + api.getString("computed.smesAskedForProfile"));
        assertThat(browser().find("#reported-table-SOCIAL_MEDIA_FOLLOWERS").getText())
                .contains("Social-media followers", api.getString("reported.SOCIAL_MEDIA_FOLLOWERS"));
        browser().screenshot("desk-kpis");
        fitsAPhone("desk-kpis-mobile");

        // ---- down to the call, then the grant with its reports and its audit trail link
        browser().clickAndWait("#call-" + g.call());
        assertThat(browser().path()).isEqualTo("/desk/kpis/calls/" + g.call());
        browser().assertAccessible("/desk/kpis/calls/{call}");
        assertThat(browser().find("#smes-supported").getText()).isEqualTo("1");
        browser().clickAndWait("#grant-" + g.id());
        assertThat(browser().path()).isEqualTo("/desk/kpis/grants/" + g.id());
        browser().assertAccessible("/desk/kpis/grants/{grant} (officer)");
        assertThat(browser().find("#period-1").getText()).contains("1 latest", "2");
        assertThat(browser().all("#report-form")).as("officers read reports; consortia write them").isEmpty();
        assertThat(browser().find("#audit-link").getDomAttribute("href")).isEqualTo("/desk/audit?object=grant:" + g.id());
        browser().screenshot("desk-kpis-grant");

        // ---- French and German
        browser().open("/desk/kpis?programme=" + programme + "&lang=fr");
        browser().assertAccessible("/desk/kpis?lang=fr");
        assertThat(browser().h1()).startsWith("Indicateurs du programme");
        assertThat(browser().find("#theme-table-SME_INTERNATIONALISATION").getText()).contains("Internationalisation des PME");
        assertThat(browser().find("#type-table-SME").getText()).startsWith("PME");
        browser().screenshot("desk-kpis-fr");
        browser().open("/desk/kpis/calls/" + g.call() + "?lang=de");
        browser().assertAccessible("/desk/kpis/calls/{call}?lang=de");
        assertThat(browser().find("#grants").getText()).isEqualTo("Seine unterzeichneten Finanzhilfen");
        browser().screenshot("desk-kpis-call-de");
    }

    @Test
    void aConsortiumMemberReportsAPeriodRefusedOnceThenCorrected() {
        SignedGrant g = GrantFixtures.signedGrant();
        long request = demo("coordinator").post("/api/organisations/{id}/membership-requests", g.consortium().coordinator())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(g.consortium().coordinatorUser()).post("/api/organisations/{id}/membership-requests/{request}/approve",
                g.consortium().coordinator(), request).then().statusCode(200);

        signIn("coordinator", "/desk/grants");
        browser().clickAndWait("#kpis-" + g.id());
        assertThat(browser().path()).isEqualTo("/desk/kpis/grants/" + g.id());
        browser().assertAccessible("/desk/kpis/grants/{grant}");
        assertThat(browser().find("#no-reports").getText()).isEqualTo("No report yet.");
        type("period", "1");
        type("RESILIENCE_PLANS", "3");
        type("NEW_TO_FIRM_PRODUCTS", "2.5");
        type("comment", "Two plans signed at the Lyon meeting.");
        browser().clickAndWait("#submit-report");
        assertThat(browser().find("#refusal").getText()).contains("invalid_kpi_report", "not_a_count",
                "New-to-firm products and services");
        assertThat(browser().find("#NEW_TO_FIRM_PRODUCTS").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().find("#NEW_TO_FIRM_PRODUCTS-error").getText()).contains("A whole number of 0 or more");
        assertThat(browser().find("#NEW_TO_FIRM_PRODUCTS").getAttribute("value")).isEqualTo("2.5");
        assertThat(browser().find("#RESILIENCE_PLANS").getAttribute("value")).isEqualTo("3");
        assertThat(browser().find("#comment").getAttribute("value")).isEqualTo("Two plans signed at the Lyon meeting.");
        browser().assertAccessible("/desk/kpis/grants/{grant} (refused)");
        browser().screenshot("desk-kpis-report-refused");
        fitsAPhone("desk-kpis-report-refused-mobile");

        type("NEW_TO_FIRM_PRODUCTS", "2");
        // the same form sent twice (a double click): one version
        browser().script("const f = document.getElementById('report-form'); return fetch(f.action, {method: 'POST', "
                + "body: new URLSearchParams(new FormData(f)), redirect: 'manual'}).then(r => r.type)");
        browser().clickAndWait("#submit-report");
        assertThat(browser().path()).startsWith("/desk/kpis/grants/" + g.id() + "?saved=");
        assertThat(browser().find("#saved").getText()).isEqualTo("Report for period 1 saved as version 1.");
        type("period", "1");
        type("RESILIENCE_PLANS", "4");
        browser().clickAndWait("#submit-report");
        assertThat(browser().find("#saved").getText()).isEqualTo("Report for period 1 saved as version 2.");
        List<String> rows = browser().all("#period-1 tbody tr").stream().map(e -> e.getText()).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("2 latest").contains("4", "coordinator");
        assertThat(rows.get(1)).startsWith("1").contains("3", "2", "Two plans signed at the Lyon meeting.");
        assertThat(browser().find("#reported-table-RESILIENCE_PLANS").getText()).contains("4");
        browser().assertAccessible("/desk/kpis/grants/{grant} (reported)");
        browser().screenshot("desk-kpis-report");
        demo("coordinator").get("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2)));

        browser().open("/desk/kpis/grants/" + g.id() + "?lang=fr");
        browser().assertAccessible("/desk/kpis/grants/{grant}?lang=fr");
        assertThat(browser().find("#report-form-title").getText()).isEqualTo("Déclarer une période");
        browser().screenshot("desk-kpis-report-fr");
        browser().open("/desk/kpis/grants/" + g.id() + "?lang=de");
        assertThat(browser().find("#reports").getText()).isEqualTo("Kennzahlenberichte je Zeitraum");
        browser().assertAccessible("/desk/kpis/grants/{grant}?lang=de");
    }

    @Test
    void theProgrammesIndicatorsAreForOfficersOnly() {
        ApplyFixtures.Session coordinator = ApplyFixtures.signIn("coordinator");
        for (String page : List.of("/desk/kpis", "/desk/kpis/calls/NONE")) {
            given().redirects().follow(false).cookies(coordinator.cookies()).get(page).then().statusCode(403);
        }
    }
}
