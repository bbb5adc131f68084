package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.Await;
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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consortium's desk in a real browser: the demo coordinator finds the signed grant with its FSTP envelope, fills
 * in an open call (refused once, every problem beside its field), reviews it, changes it, publishes it; an SME
 * applies; the coordinator decides the application (refused without a choice, then awarded with a score and a reason);
 * the demo partner, a second member, approves the first tranche the award ordered; the SME reports and the
 * coordinator reads the report and accepts it, which orders the balance. In English with axe-core on every
 * page, and in French and German.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class ConsortiumDeskPagesTest extends BrowserTest {

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

    @Test
    void theCoordinatorPublishesAnOpenCallAndAwardsAnSmeThePartnerApprovesTheTranche() {
        SignedGrant g = GrantFixtures.signedGrant();
        joins("coordinator", g.consortium().coordinator(), g.consortium().coordinatorUser());
        joins("partner", g.consortium().partner1(), g.consortium().partnerUser());

        // ---- the desk: the grant, its envelope and trajectory
        signIn("coordinator", "/desk");
        assertThat(browser().find("#desk-grants").getText()).contains("My grants and open calls");
        browser().clickAndWait("#desk-grants h2 a");
        browser().assertAccessible("/desk/grants");
        assertThat(browser().find("#envelope-" + g.id()).getText()).contains(eur("750000.00"));
        assertThat(browser().find("#share-" + g.id()).getText()).contains("Minimum 75%");
        browser().screenshot("desk-grants");

        // ---- the open-call form: every problem at once, beside its field
        browser().clickAndWait("#new-open-call-" + g.id());
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new");
        type("title", "Trade fair vouchers for hydrogen SMEs");
        type("description", "Vouchers for SMEs of the hydrogen value chain to exhibit at trade fairs.");
        new Select(browser().find("#instrument")).selectByValue("VOUCHER");
        new Select(browser().find("#selection")).selectByValue("EVALUATED");
        type("budget", "20,000.00");
        type("maxAmount", "25,000.00");
        type("eligibleCountries", "IT, FR, XX");
        browser().find("#sector-RENEWABLE_ENERGY").click();
        type("valueChains", "hydrogen, electrolysers");
        String opens = Instant.now().minus(1, ChronoUnit.HOURS).atZone(ZoneId.of("Europe/Brussels"))
                .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        browser().script("document.getElementById('opensAt').value = '" + opens + "';");
        browser().clickAndWait("#review");
        assertThat(browser().find("#refusal").getText()).contains("above_budget", "invalid_country");
        assertThat(browser().find("#title").getAttribute("value")).isEqualTo("Trade fair vouchers for hydrogen SMEs");
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (refused)");

        type("maxAmount", "5,000.00");
        type("eligibleCountries", "IT, FR");
        browser().clickAndWait("#review");
        assertThat(browser().find("#review-budget").getText()).isEqualTo(eur("20000.00"));
        assertThat(browser().find("#review-facts").getText()).contains("Italy", "hydrogen, electrolysers");
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (review)");
        browser().screenshot("desk-open-call-review");
        browser().clickAndWait("#change");
        assertThat(browser().find("#maxAmount").getAttribute("value")).isEqualTo("5,000.00");
        assertThat(browser().find("#sector-RENEWABLE_ENERGY").isSelected()).isTrue();
        type("budget", "30,000.00");
        browser().clickAndWait("#review");
        browser().clickAndWait("#publish");
        assertThat(browser().path()).matches("/desk/open-calls/\\d+\\?published=true");
        long openCall = Long.parseLong(browser().path().replaceAll("\\D*(\\d+).*", "$1"));
        assertThat(browser().find("#published").getText()).contains("Published");
        JsonPath oc = basic("coordinator").get("/api/open-calls/{id}", openCall).then().statusCode(200).extract().jsonPath();
        assertThat(oc.getString("budget")).isEqualTo("30000.00");
        assertThat(oc.getList("eligibleCountries")).containsExactly("IT", "FR");
        assertThat(oc.getString("selection")).isEqualTo("EVALUATED");

        // ---- an SME applies; the coordinator decides
        Sme sme = GrantFixtures.sme("IT");
        long app = asSme(sme).body(application(sme, "4000.00", "RENEWABLE_ENERGY"))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Await.until(() -> basic("coordinator").get("/api/applications/{id}", app).jsonPath().getString("status"),
                "UNDER_REVIEW"::equals, Duration.ofSeconds(30), "application under review");
        browser().open("/desk/open-calls/" + openCall);
        browser().assertAccessible("/desk/open-calls/" + openCall);
        assertThat(browser().find("#application-" + app).getText()).contains("Under review", eur("4000.00"));
        browser().screenshot("desk-open-call");
        browser().clickAndWait("#decide-" + app);
        browser().assertAccessible("/desk/open-calls/" + openCall + "/applications/" + app + "/decision");
        browser().clickAndWait("#record");
        assertThat(browser().find("#refusal").getText()).contains("invalid_decision", "required");
        browser().find("#approve-yes").click();
        type("score", "82.5");
        type("reason", "A clear plan for two fairs in 2027.");
        browser().clickAndWait("#record");
        assertThat(browser().find("#decided").getText()).contains("Application " + app, "Awarded");
        JsonPath awarded = Await.until(() -> basic("coordinator").get("/api/applications/{id}", app).jsonPath(),
                j -> j.get("firstTranche.paymentOrder") != null, Duration.ofSeconds(30), "first tranche ordered");
        assertThat(awarded.getString("status")).isEqualTo("AWARDED");
        long order = awarded.getLong("firstTranche.paymentOrder");
        assertThat(awarded.getString("firstTranche.amount")).isEqualTo("2000.00");

        // ---- in French and German
        browser().open("/desk/grants?lang=fr");
        browser().assertAccessible("/desk/grants?lang=fr");
        assertThat(browser().h1()).isEqualTo("Mes subventions et appels ouverts");
        browser().screenshot("desk-grants-fr");
        browser().open("/desk/open-calls/" + openCall + "?lang=de");
        browser().assertAccessible("/desk/open-calls/" + openCall + "?lang=de");
        assertThat(browser().find("#applications-title").getText()).isEqualTo("Anträge");
        browser().screenshot("desk-open-call-de");

        // ---- a second member approves the tranche the coordinator's award ordered
        browser().driver().manage().deleteAllCookies();
        signIn("partner", "/desk/payments");
        assertThat(browser().find("#order-" + order).getText()).contains(eur("2000.00"), "coordinator");
        browser().find("#select-" + order).click();
        browser().clickAndWait("#review");
        browser().clickAndWait("#approve");
        assertThat(browser().path()).startsWith("/desk/payments/batches/");
        Await.until(() -> basic("partner").get("/api/payments/{id}", order).jsonPath().getString("status"),
                s -> s.equals("PAID") || s.equals("APPROVED"), Duration.ofSeconds(30), "the tranche approved");

        // ---- the SME reports; the coordinator reads the report and accepts it: the balance is ordered
        asSme(sme).body(java.util.Map.of("report", "We exhibited at Hannover Messe and met 14 buyers.",
                "proof", "invoice HM-2027-0042")).post("/api/applications/{id}/report", app).then().statusCode(200);
        browser().driver().manage().deleteAllCookies();
        signIn("coordinator", "/desk/open-calls/" + openCall);
        browser().clickAndWait("#verify-" + app);
        browser().assertAccessible("/desk/open-calls/" + openCall + "/applications/" + app + "/verification");
        assertThat(browser().find("#report-text").getText()).isEqualTo("We exhibited at Hannover Messe and met 14 buyers.");
        assertThat(browser().find("#report-proof").getText()).isEqualTo("invoice HM-2027-0042");
        browser().screenshot("desk-report-verification");
        browser().find("#accept-yes").click();
        browser().clickAndWait("#record-verification");
        assertThat(browser().find("#verified").getText()).contains("verified");
        JsonPath closed = Await.until(() -> basic("coordinator").get("/api/applications/{id}", app).jsonPath(),
                j -> j.get("balance.paymentOrder") != null, Duration.ofSeconds(30), "balance ordered");
        assertThat(closed.getString("balance.amount")).isEqualTo("2000.00");
    }

    @Test
    void theCoordinatorPublishesAClusterXchangeOpenCallWithItsHostAmountsAndRules() {
        SignedGrant g = GrantFixtures.signedGrant();
        joins("coordinator", g.consortium().coordinator(), g.consortium().coordinatorUser());
        signIn("coordinator", "/desk/grants/" + g.id() + "/open-calls/new");
        type("title", "ClusterXchange visits to hydrogen clusters");
        new Select(browser().find("#instrument")).selectByValue("CLUSTERXCHANGE");
        new Select(browser().find("#selection")).selectByValue("FIRST_COME_FIRST_SERVED");
        type("budget", "11,000.00");
        browser().find("#hostAmounts").sendKeys("FR 1500.00\nDE 900");
        type("maxPerThirdParty", "1,100.00");
        type("applicationsPerSme", "2");
        browser().find("#waitlist").click();
        browser().find("#activity-MOBILITY").click();
        assertThat(browser().find("#deMinimisCheck").isSelected()).as("the de minimis check is on by default").isTrue();
        browser().clickAndWait("#review");
        assertThat(browser().find("#refusal").getText()).contains("hostAmounts.FR", "above_cap");
        assertThat(browser().find("#hostAmounts").getAttribute("value")).contains("FR 1500.00", "DE 900");
        assertThat(browser().find("#activity-MOBILITY").isSelected()).isTrue();
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (ClusterXchange, refused)");

        browser().find("#hostAmounts").clear();
        browser().find("#hostAmounts").sendKeys("FR 1100.00\nDE 900");
        browser().clickAndWait("#review");
        assertThat(browser().find("#review-hosts").getText()).contains("France: " + eur("1100.00"),
                "Germany: " + eur("900.00"));
        assertThat(browser().find("#review-activities").getText()).isEqualTo("Mobility");
        assertThat(browser().find("#review-de-minimis").getText()).isEqualTo("yes");
        browser().assertAccessible("/desk/grants/" + g.id() + "/open-calls/new (ClusterXchange, review)");
        browser().clickAndWait("#publish");
        long openCall = Long.parseLong(browser().path().replaceAll("\\D*(\\d+).*", "$1"));
        JsonPath oc = basic("coordinator").get("/api/open-calls/{id}", openCall).then().statusCode(200).extract().jsonPath();
        assertThat(oc.getString("instrument")).isEqualTo("CLUSTERXCHANGE");
        assertThat(oc.getString("hostAmounts.FR")).isEqualTo("1100.00");
        assertThat(oc.getString("hostAmounts.DE")).isEqualTo("900.00");
        assertThat(oc.getString("maxPerThirdParty")).isEqualTo("1100.00");
        assertThat(oc.getInt("applicationsPerSme")).isEqualTo(2);
        assertThat(oc.getBoolean("waitlist")).isTrue();
        assertThat(oc.getList("activities")).containsExactly("MOBILITY");
    }

    @Test
    void aHostClusterConfirmsAClusterXchangeVisitFromItsDesk() {
        SignedGrant g = GrantFixtures.signedGrant();
        java.util.Map<String, Object> cx = GrantFixtures.openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", java.util.Map.of("FR", "1100.00"));
        long openCall = GrantFixtures.createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
        // the demo host registers its cluster (validated by an officer, as a cluster's type must be)
        long host = basic("host").body(java.util.Map.of("legalName", "Pôle Test Mobilité", "pic",
                        io.grantflow.support.ProposalFixtures.nextPic(), "country", "FR", "type", "CLUSTER_ORGANISATION"))
                .post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        io.grantflow.support.ProposalFixtures.validate(host);
        java.time.LocalDate monday = java.time.LocalDate.now().minusWeeks(3)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Sme sme = GrantFixtures.sme("IT");
        java.util.Map<String, Object> body = application(sme, null, null);
        body.put("purpose", "Exchange visit to a mobility cluster");
        body.put("exchange", java.util.Map.of("visitorName", "Giulia Rossi", "visitorId",
                "IT-" + io.grantflow.support.ProposalFixtures.nextPic(), "host", host, "from", monday.toString(),
                "to", monday.plusDays(4).toString(), "distanceKm", 900));
        long app = asSme(sme).body(body).post("/api/open-calls/{id}/applications", openCall).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Await.until(() -> basic("host").get("/api/applications/{id}", app).jsonPath().getString("status"),
                "AWARDED"::equals, Duration.ofSeconds(30), "the exchange awarded");

        // the visit has ended: the SME reports; the host reads the visit, never the SME's report
        asSme(sme).body(java.util.Map.of("report", "Five days at the cluster's test tracks", "proof", "letter-42"))
                .post("/api/applications/{id}/report", app).then().statusCode(200);
        JsonPath asHost = basic("host").get("/api/applications/{id}", app).then().statusCode(200).extract().jsonPath();
        assertThat(asHost.getString("exchange.visitorName")).isEqualTo("Giulia Rossi");
        assertThat(asHost.getString("report")).isNull();
        assertThat(as(g.consortium().coordinatorUser()).get("/api/applications/{id}", app).jsonPath().getString("report"))
                .isEqualTo("Five days at the cluster's test tracks");

        signIn("host", "/desk");
        browser().open("/desk/open-calls/" + openCall + "/applications/" + app + "/verification");
        assertThat(browser().all("#report-text")).as("the verification page is the consortium's").isEmpty();
        browser().open("/desk");
        assertThat(browser().find("#desk-visits").getText()).contains("Visits to confirm");
        browser().clickAndWait("#desk-visits h2 a");
        browser().assertAccessible("/desk/visits");
        assertThat(browser().find("#visit-" + app).getText()).contains("Giulia Rossi");
        browser().screenshot("desk-visits");
        browser().clickAndWait("#confirm-" + app);
        assertThat(browser().find("#confirmed").getText()).contains("confirmed");
        assertThat(browser().all("#visit-" + app)).isEmpty();
        assertThat(basic("host").get("/api/applications/{id}", app).jsonPath().getString("exchange.hostConfirmedBy"))
                .isNotNull();
    }
}
