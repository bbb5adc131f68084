package io.grantflow.cascade;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * A Euroclusters grant runs two open calls, through the API only: a first-come-first-served travel
 * voucher and an evaluated internationalisation lump sum. A non-SME and an SME above the EUR 60,000 cap
 * are refused with the rule codes; awards, reports, verification and both tranches are paid by the
 * consortium with four eyes; the grant's actual SME share is right to the cent.
 */
@QuarkusTest
class CascadeFundingTest {

    private static void approveAndAwaitPaid(String approver, long order) {
        as(approver).post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> as(approver).get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(30), "order " + order + " paid");
    }

    @SendsInvalidRequests("an instrument outside the enum the document declares")
    @Test
    void badListingFiltersAreA400WithEveryViolation() {
        given().get("/api/open-calls?country=XX&instrument=BOAT").then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter")).body("violations.field", hasItems("country", "instrument"));
    }

    @Test
    void twoOpenCallsFromApplicationToBothTranches() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();

        // ---- two open calls out of the EUR 750,000 envelope; a third would exceed it
        Map<String, Object> travel = openCall("TRAVEL_VOUCHER", "FIRST_COME_FIRST_SERVED", "100000.00");
        travel.put("minAmount", "500.00");
        travel.put("maxAmount", "5000.00");
        long travelCall = createOpenCall(g, travel).then().statusCode(201).body("available", equalTo("100000.00"))
                .extract().jsonPath().getLong("id");
        Map<String, Object> intl = openCall("LUMP_SUM_UP_TO", "EVALUATED", "200000.00");
        intl.put("maxAmount", "60000.00");
        intl.put("firstTranchePercent", 70);
        intl.put("eligibleCountries", List.of("IT", "EE", "FR"));
        intl.put("sectors", List.of("RENEWABLE_ENERGY", "MOBILITY_TRANSPORT_AUTOMOTIVE"));
        long intlCall = createOpenCall(g, intl).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> over = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "500000.00");
        over.put("maxAmount", "1000.00");
        createOpenCall(g, over).then().statusCode(422).body("code", equalTo("insufficient_funds"));
        Map<String, Object> bad = openCall("VOUCHER", "EVALUATED", "1000.00");
        bad.put("maxAmount", "70000.00");
        bad.put("waitlist", true);
        createOpenCall(g, bad).then().statusCode(422)
                .body("violations.code", hasItems("above_third_party_cap", "above_budget", "waitlist_needs_fcfs"));
        as(ProposalFixtures.user("stranger")).header("Idempotency-Key", "x-" + g.id()).body(travel)
                .post("/api/grants/{id}/open-calls", g.id()).then().statusCode(404);

        // ---- the public listing, without credentials
        JsonPath listing = given().get("/api/open-calls?country=IT&sector=RENEWABLE_ENERGY&grant=" + g.id()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(listing.getList("items.id", Long.class)).containsExactlyInAnyOrder(travelCall, intlCall);
        given().get("/api/open-calls?country=DE&grant=" + g.id()).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) travelCall)));

        // ---- SME A: a travel voucher, first come first served, awarded at once (100 % after the report)
        Sme a = GrantFixtures.sme("IT");
        JsonPath appA = asSme(a).body(application(a, "3000.00", null)).post("/api/open-calls/{id}/applications", travelCall)
                .then().statusCode(201).body("status", equalTo("AWARDED")).body("awarded", equalTo("3000.00"))
                .extract().jsonPath();
        long idA = appA.getLong("id");
        assertThat(appA.getString("firstTranche")).isNull();
        assertThat(appA.getString("processStep")).isEqualTo("Report with proof");

        // ---- a large enterprise by its figures is refused with the rule code
        String bigUser = ProposalFixtures.user("sme");
        Map<String, Object> big = new HashMap<>(Map.of("legalName", "Big Industries", "pic", ProposalFixtures.nextPic(),
                "country", "FR", "type", "LARGE_ENTERPRISE", "staffHeadcount", 900, "annualTurnover", "250000000.00",
                "balanceSheetTotal", "180000000.00"));
        long bigOrg = as(bigUser).body(big).post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        Sme bigCo = new Sme(bigUser, bigOrg);
        asSme(bigCo).body(application(bigCo, "20000.00", "RENEWABLE_ENERGY")).post("/api/open-calls/{id}/applications", intlCall)
                .then().statusCode(201).body("status", equalTo("REFUSED")).body("refusals.code", hasItem("not_an_sme"));
        // and an SME from a country and sector outside the call, with every reason at once
        Sme de = GrantFixtures.sme("DE");
        asSme(de).body(application(de, "20000.00", "AEROSPACE_DEFENCE")).post("/api/open-calls/{id}/applications", intlCall).then()
                .statusCode(201).body("refusals.code", equalTo(List.of("country_not_eligible", "sector_not_eligible")));
        asSme(de).body(Map.of("organisation", de.organisation())).post("/api/open-calls/{id}/applications", intlCall)
                .then().statusCode(422).body("code", equalTo("invalid_application"))
                .body("violations.field", hasItems("purpose", "iban", "notInDifficulty", "noDoubleFunding", "requested"));

        // ---- SME B: the evaluated lump sum, decided by the consortium; 70 % on award
        Sme b = GrantFixtures.sme("EE");
        long idB = asSme(b).body(application(b, "58000.00", "MOBILITY_TRANSPORT_AUTOMOTIVE")).post("/api/open-calls/{id}/applications", intlCall)
                .then().statusCode(201).body("status", equalTo("UNDER_REVIEW")).extract().jsonPath().getLong("id");
        asSme(b).body(Map.of("approve", true)).post("/api/applications/{id}/decision", idB).then().statusCode(403);
        JsonPath decided = as(coordinator).body(Map.of("approve", true, "score", 82, "reason", "strong export plan"))
                .post("/api/applications/{id}/decision", idB).then().statusCode(200).body("status", equalTo("AWARDED"))
                .body("firstTranche.amount", equalTo("40600.00")).extract().jsonPath();
        long firstB = decided.getLong("firstTranche.paymentOrder");
        // B now holds EUR 58,000 under this grant: a travel voucher of EUR 5,000 would pass the EUR 60,000 cap
        asSme(b).body(application(b, "5000.00", null)).post("/api/open-calls/{id}/applications", travelCall).then()
                .statusCode(201).body("status", equalTo("REFUSED")).body("refusals.code", equalTo(List.of("above_third_party_cap")));

        // ---- the first tranche: four eyes on the consortium's side
        as(coordinator).post("/api/payments/{id}/approve", firstB).then().statusCode(403).body("code", equalTo("four_eyes"));
        officer().post("/api/payments/{id}/approve", firstB).then().statusCode(403).body("code", equalTo("not_paying_side"));
        approveAndAwaitPaid(partner, firstB);

        // ---- reports and verification; B's first report is rejected once and resubmitted
        asSme(a).body(Map.of("report", "Visited Hannover Messe; 6 buyer meetings.", "proof", "https://files.example/a.pdf"))
                .post("/api/applications/{id}/report", idA).then().statusCode(200).body("status", equalTo("REPORTED"));
        long balanceA = as(partner).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", idA).then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("balance.amount", equalTo("3000.00"))
                .extract().jsonPath().getLong("balance.paymentOrder");
        approveAndAwaitPaid(coordinator, balanceA);

        asSme(b).body(Map.of("report", "Market study", "proof", "https://files.example/b1.pdf"))
                .post("/api/applications/{id}/report", idB).then().statusCode(200);
        as(partner).body(Map.of("accepted", false, "reason", "invoices missing"))
                .post("/api/applications/{id}/verification", idB).then().statusCode(200)
                .body("status", equalTo("REPORT_REJECTED"));
        asSme(b).body(Map.of("report", "Market study with invoices", "proof", "https://files.example/b2.pdf"))
                .post("/api/applications/{id}/report", idB).then().statusCode(200);
        long balanceB = as(partner).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", idB).then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("balance.amount", equalTo("17400.00"))
                .extract().jsonPath().getLong("balance.paymentOrder");
        approveAndAwaitPaid(coordinator, balanceB);

        // ---- the 75 % rule, tracked to the cent: 3,000 + 40,600 + 17,400 paid to SMEs of a 1,000,000 grant
        as(coordinator).get("/api/budgets/grants/{id}", g.id()).then().statusCode(200)
                .body("paidToSmes", equalTo("61000.00")).body("committedToSmes", equalTo("61000.00"))
                .body("actualSmeShare", equalTo(6.10f)).body("committedSmeShare", equalTo(6.10f))
                .body("requiredSmeSupport", equalTo("750000.00")).body("stillNeeded", equalTo("689000.00"))
                .body("fstpEnvelope.allocated", equalTo("750000.00")).body("fstpEnvelope.committed", equalTo("300000.00"))
                .body("fstpEnvelope.paid", equalTo("61000.00"));
        officer().get("/api/budgets/grants?belowTrajectory=true&size=100").then().statusCode(200)
                .body("items.grant", not(hasItem((int) g.id()))); // the programme has paid nothing of this grant yet

        // ---- timelines and notifications
        asSme(a).get("/api/applications/{id}", idA).then().statusCode(200)
                .body("timeline.step", hasItems("SUBMITTED", "CHECKS_PASSED", "AWARDED", "REPORTED", "REPORT_VERIFIED",
                        "PAYMENT_ORDERED", "CLOSED"));
        asSme(b).get("/api/applications/{id}", idA).then().statusCode(404);
        given().auth().oauth2(Tokens.token(a.user(), "sme")).get("/api/notifications").then().statusCode(200)
                .body("items.kind", hasItems("AWARDED", "PAYMENT_ORDERED"));
        as(coordinator).get("/api/notifications").then().body("items.kind", hasItem("REPORT_RECEIVED"));
        as(coordinator).get("/api/open-calls/{id}/applications", intlCall).then().statusCode(200)
                .body("items[0].id", equalTo((int) idB)).body("items[0].score", equalTo(82.0f));
    }
}
