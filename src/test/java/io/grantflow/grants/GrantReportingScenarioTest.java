package io.grantflow.grants;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A Euroclusters-like grant (EUR 1,000,000.00; 40 % pre-financing; FSTP at 100 %, other costs at 90 %; at least 75 %
 * to SMEs) through its two reporting periods: the first report rejected, corrected and accepted, its interim payment
 * computed from the figures; the second (final) report after a request for information; too little paid to SMEs,
 * so the final amount is reduced by the SME-share rule and the overpayment recovered; the ledger reconciles.
 */
@QuarkusTest
class GrantReportingScenarioTest {

    private SignedGrant grant;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aEuroclustersGrantThroughTwoPeriodsEndsWithTheSmeShareReductionAndARecovery() {
        SignedGrant g = GrantFixtures.signedGrant();
        this.grant = g;
        String coordinator = g.consortium().coordinatorUser();
        JsonPath grant = officer().get("/api/grants/{id}", g.id()).then().statusCode(200).extract().jsonPath();
        assertThat(grant.getList("reportingPeriods")).hasSize(2);
        LocalDate start = LocalDate.parse(grant.getString("startDate"));
        assertThat(grant.getString("reportingPeriods[0].to")).isEqualTo(start.plusMonths(18).minusDays(1).toString());
        assertThat(grant.getString("reportingPeriods[1].reportDue"))
                .isEqualTo(start.plusMonths(36).minusDays(1).plusDays(60).toString());
        long account = grant.getLong("account");
        // the programme pays the grant only by its schedule
        officer().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("account", account,
                        "payeeName", "Coordinator", "amount", "100000.00", "purpose", "Free payment", "reference", "X"))
                .post("/api/payments").then().statusCode(409).body("code", equalTo("payment_not_scheduled"));
        approveAndAwaitPaid(grant.getLong("preFinancing.paymentOrder")); // EUR 400,000.00

        // period 1: one SME is paid EUR 60,000.00 out of the envelope
        paySme(g, "60000.00");
        TestClock.freeze();
        as(coordinator).body(draft("Period 1 work", "300000.00", "100000.00"))
                .put("/api/grants/{id}/reports/1", g.id()).then().statusCode(200).body("status", equalTo("DRAFT"));
        as(coordinator).post("/api/grants/{id}/reports/1/submit", g.id()).then().statusCode(409)
                .body("code", equalTo("period_not_ended"));
        // annexes are documents of the report's version, added while it is a draft
        long v1 = as(coordinator).get("/api/grants/{id}/reports/1", g.id()).jsonPath().getLong("[0].id");
        given().auth().oauth2(Tokens.token(g.consortium().partnerUser(), "applicant")).multiPart("owner", "report:" + v1)
                .multiPart("file", "timesheets.csv", "month;hours\n2026-01;160\n".getBytes(), "text/csv")
                .post("/api/documents").then().statusCode(201);
        TestClock.advance(Duration.ofDays(560)); // period 1 is over
        as(coordinator).post("/api/grants/{id}/reports/1/submit", g.id()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("fstpCosts", equalTo("60000.00"))
                .body("otherCosts", equalTo("400000.00")).body("contribution", equalTo("420000.00"));
        given().auth().oauth2(Tokens.token(coordinator, "applicant")).multiPart("owner", "report:" + v1)
                .multiPart("file", "late.csv", "a;b\n".getBytes(), "text/csv").post("/api/documents").then()
                .statusCode(409).body("code", equalTo("document_owner_submitted"));
        officer().get("/api/documents?owner=report:{id}", v1).then().statusCode(200).body("totalItems", equalTo(1));
        officer().body(Map.of("reason", "Personnel costs lack timesheets for two months"))
                .post("/api/grants/{id}/reports/1/reject", g.id()).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        // corrected: a new version, starting from the rejected one
        as(coordinator).body(draft("Period 1 work, with timesheets", "300000.00", "200000.00"))
                .put("/api/grants/{id}/reports/1", g.id()).then().statusCode(200).body("version", equalTo(2));
        as(coordinator).post("/api/grants/{id}/reports/1/submit", g.id()).then().statusCode(200)
                .body("contribution", equalTo("510000.00")); // 60,000 × 100 % + 500,000 × 90 %
        officer().post("/api/grants/{id}/reports/2/accept", g.id()).then().statusCode(409);
        officer().post("/api/grants/{id}/reports/1/accept", g.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        JsonPath p1 = officer().get("/api/grants/{id}", g.id()).jsonPath();
        // min(510,000, 90 % of 1,000,000) − 400,000 pre-financing
        assertThat(p1.getString("reportingPeriods[0].settlement.amount")).isEqualTo("110000.00");
        assertThat(p1.getString("reportingPeriods[0].settlement.ceiling")).isEqualTo("900000.00");
        assertThat(p1.getString("reportingPeriods[0].settlement.paidBefore")).isEqualTo("400000.00");
        as(coordinator).get("/api/grants/{id}/reports/1", g.id()).then().statusCode(200)
                .body("status", equalTo(List.of("REJECTED", "ACCEPTED")));
        approveAndAwaitPaid(p1.getLong("reportingPeriods[0].settlement.paymentOrder"));

        // period 2: one more SME paid; the final report after a request for information
        TestClock.reset();
        paySme(g, "60000.00");
        TestClock.freeze();
        TestClock.advance(Duration.ofDays(1100));
        as(coordinator).body(draft("Final report", "250000.00", "150000.00"))
                .put("/api/grants/{id}/reports/2", g.id()).then().statusCode(200).body("finalReport", equalTo(true));
        String due = as(coordinator).post("/api/grants/{id}/reports/2/submit", g.id()).then().statusCode(200)
                .body("fstpCosts", equalTo("60000.00")).extract().jsonPath().getString("paymentDueOn");
        officer().body(Map.of("question", "Which SMEs did the coaching reach?"))
                .post("/api/grants/{id}/reports/2/request-information", g.id()).then().statusCode(200)
                .body("paymentDeadlineSuspended", equalTo(true));
        TestClock.advance(Duration.ofDays(10));
        as(coordinator).body(Map.of("answer", "Twelve SMEs in three regions; see the annex"))
                .post("/api/grants/{id}/reports/2/answer", g.id()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("suspendedDays", equalTo(10))
                .body("paymentDueOn", equalTo(LocalDate.parse(due).plusDays(10).toString()));
        officer().post("/api/grants/{id}/reports/2/accept", g.id()).then().statusCode(200);

        JsonPath closed = officer().get("/api/grants/{id}", g.id()).jsonPath();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        String s = "reportingPeriods[1].settlement.";
        // accepted 510,000 + 420,000 = 930,000; SMEs were paid 120,000, which is 75 % of 160,000 at most
        assertThat(closed.getString(s + "acceptedToDate")).isEqualTo("930000.00");
        assertThat(closed.getString(s + "smeSupportPaid")).isEqualTo("120000.00");
        assertThat(closed.getString(s + "smeShareCap")).isEqualTo("160000.00");
        assertThat(closed.getString(s + "smeShareReduction")).isEqualTo("770000.00");
        assertThat(closed.getString(s + "rule")).isEqualTo("sme_share_at_closure");
        assertThat(closed.getString(s + "finalAmount")).isEqualTo("160000.00");
        assertThat(closed.getString("finalAmount")).isEqualTo("160000.00");
        assertThat(closed.getString(s + "paidBefore")).isEqualTo("510000.00");
        assertThat(closed.getString(s + "amount")).isEqualTo("0.00");
        assertThat(closed.getString(s + "recovery")).isEqualTo("350000.00");
        assertThat(closed.getString(s + "released")).isEqualTo("840000.00");
        assertThat(closed.getString(s + "paymentOrder")).isNull();

        // the ledger: the grant holds and has paid exactly its final amount; the rest went back to the call
        officer().get("/api/budgets/grants/{id}", g.id()).then().statusCode(200)
                .body("grantAccount.committed", equalTo("160000.00")).body("grantAccount.paid", equalTo("160000.00"))
                .body("grantAccount.stillToPay", equalTo("0.00"));
        officer().get("/api/budgets/accounts/{id}", account).then().statusCode(200)
                .body("allocated", equalTo("160000.00"));
        // nothing more is reported on a closed grant
        as(coordinator).body(draft("Late", "1.00", "1.00")).put("/api/grants/{id}/reports/2", g.id()).then()
                .statusCode(409);
    }

    private Map<String, Object> draft(String text, String personnel, String travel) {
        return Map.of("technical", text, "kpis", Map.of("smesSupported", 12),
                "costs", List.of(Map.of("organisation", grant.consortium().coordinator(), "category", "PERSONNEL",
                                "amount", personnel),
                        Map.of("organisation", grant.consortium().partner1(), "category", "TRAVEL", "amount", travel)));
    }

    private void approveAndAwaitPaid(long order) {
        secondOfficer().post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> officer().get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(60), "order " + order + " paid");
    }

    private static RequestSpecification secondOfficer() {
        return given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON);
    }

    /** An SME awarded a fixed lump sum, paid at once when a second consortium member approves the order. */
    private static void paySme(SignedGrant g, String amount) {
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", amount);
        def.put("fixedAmount", amount);
        def.put("firstTranchePercent", 100);
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        long order = GrantFixtures.asSme(sme).body(GrantFixtures.application(sme, null, null))
                .post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("AWARDED")).extract().jsonPath().getLong("firstTranche.paymentOrder");
        String approver = g.consortium().partnerUser();
        as(approver).post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> as(approver).get("/api/payments/{id}", order).jsonPath().getString("status"),
                "PAID"::equals, Duration.ofSeconds(60), "SME order " + order + " paid");
    }
}
