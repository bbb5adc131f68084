package io.grantflow.grants;

import io.grantflow.documents.DocumentFiles;
import io.grantflow.support.Await;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A lump-sum grant (EUR 1,000,000.00; 40 % pre-financing; work packages of 30, 30 and 40 %) is paid per accepted work
 * package with the grant's next payment, without cost reporting: work package 2 is rejected, pays nothing in the
 * interim payment, is declared again and accepted, and is paid with the balance; the payments after the
 * pre-financing equal the work packages' shares of the rest; no free-amount order is possible.
 */
@QuarkusTest
class LumpSumGrantScenarioTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void workPackagesArePaidTheirSharesWhenAcceptedAndNothingWhileRejected() {
        SignedGrant g = GrantFixtures.signedLumpSumGrant();
        String coordinator = g.consortium().coordinatorUser();
        JsonPath grant = officer().get("/api/grants/{id}", g.id()).jsonPath();
        assertThat(grant.getList("workPackages.amount")).containsExactly("180000.00", "180000.00", "240000.00");
        assertThat(grant.getList("workPackages.status")).containsExactly("PLANNED", "PLANNED", "PLANNED");
        officer().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("account", grant.getLong("account"),
                        "payeeName", "Coordinator", "amount", "180000.00", "purpose", "WP1", "reference", "WP1"))
                .post("/api/payments").then().statusCode(409).body("code", equalTo("payment_not_scheduled"));
        approveAndAwaitPaid(grant.getLong("preFinancing.paymentOrder"));

        // the deliverables are documents of the work package, added by the coordinator's members before declaring it
        long wp1 = grant.getLong("workPackages[0].id");
        upload(coordinator, "work-package:" + wp1).then().statusCode(201);
        upload(g.consortium().partnerUser(), "work-package:" + wp1).then().statusCode(403)
                .body("code", equalTo("not_a_coordinator_member"));
        String stranger = ProposalFixtures.consortium().coordinatorUser();
        as(stranger).get("/api/documents?owner=work-package:{id}", wp1).then().statusCode(404);
        as(g.consortium().partnerUser()).get("/api/documents?owner=work-package:{id}", wp1).then().statusCode(200)
                .body("totalItems", equalTo(1));
        declare(g, 1).then().statusCode(200).body("status", equalTo("DECLARED"));
        upload(coordinator, "work-package:" + wp1).then().statusCode(409)
                .body("code", equalTo("document_owner_submitted"));
        as(g.consortium().partnerUser()).body(Map.of("summary", "done")).post(
                "/api/grants/{id}/work-packages/2/declare-completed", g.id()).then().statusCode(403)
                .body("code", equalTo("not_a_coordinator_member"));
        declare(g, 2).then().statusCode(200);
        officer().post("/api/grants/{id}/work-packages/1/accept", g.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        officer().body(Map.of("reason", "The matchmaking report is missing the participants' list"))
                .post("/api/grants/{id}/work-packages/2/reject", g.id()).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejections", equalTo(1));
        officer().post("/api/grants/{id}/work-packages/2/accept", g.id()).then().statusCode(409)
                .body("code", equalTo("work_package_wrong_status"));

        // period 1: no cost reporting, and the interim payment pays work package 1's line only
        TestClock.freeze();
        TestClock.advance(Duration.ofDays(560));
        as(coordinator).body(Map.of("technical", "Pilot lines running", "costs", List.of(Map.of("organisation",
                        g.consortium().coordinator(), "category", "PERSONNEL", "amount", "1.00"))))
                .put("/api/grants/{id}/reports/1", g.id()).then().statusCode(422)
                .body("violations.code", equalTo(List.of("costs_not_reported")));
        as(coordinator).body(Map.of("technical", "Pilot lines running")).put("/api/grants/{id}/reports/1", g.id())
                .then().statusCode(200);
        as(coordinator).post("/api/grants/{id}/reports/1/submit", g.id()).then().statusCode(200)
                .body("contribution", equalTo("0.00"));
        officer().post("/api/grants/{id}/reports/1/accept", g.id()).then().statusCode(200);
        JsonPath p1 = officer().get("/api/grants/{id}", g.id()).jsonPath();
        assertThat(p1.getString("reportingPeriods[0].settlement.amount")).isEqualTo("180000.00");
        assertThat(p1.getList("workPackages.paidInPeriod")).containsExactly(1, null, null);
        approveAndAwaitPaid(p1.getLong("reportingPeriods[0].settlement.paymentOrder"));

        // work package 2 declared again and accepted, work package 3 too: paid with the balance
        declare(g, 2).then().statusCode(200).body("status", equalTo("DECLARED"));
        declare(g, 3).then().statusCode(200);
        TestClock.advance(Duration.ofDays(560));
        as(coordinator).body(Map.of("technical", "All done")).put("/api/grants/{id}/reports/2", g.id()).then()
                .statusCode(200);
        as(coordinator).post("/api/grants/{id}/reports/2/submit", g.id()).then().statusCode(200);
        officer().post("/api/grants/{id}/reports/2/accept", g.id()).then().statusCode(409)
                .body("code", equalTo("work_packages_pending"));
        officer().post("/api/grants/{id}/work-packages/2/accept", g.id()).then().statusCode(200);
        officer().post("/api/grants/{id}/work-packages/3/accept", g.id()).then().statusCode(200);
        officer().post("/api/grants/{id}/reports/2/accept", g.id()).then().statusCode(200);
        JsonPath closed = officer().get("/api/grants/{id}", g.id()).jsonPath();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("finalAmount")).isEqualTo("1000000.00");
        assertThat(closed.getString("reportingPeriods[1].settlement.amount")).isEqualTo("420000.00"); // 180,000 + 240,000
        assertThat(closed.getString("reportingPeriods[1].settlement.recovery")).isEqualTo("0.00");
        assertThat(closed.getString("reportingPeriods[1].settlement.released")).isEqualTo("0.00");
        assertThat(closed.getList("workPackages.paidInPeriod")).containsExactly(1, 2, 2);
        approveAndAwaitPaid(closed.getLong("reportingPeriods[1].settlement.paymentOrder"));
        officer().get("/api/budgets/grants/{id}", g.id()).then().statusCode(200)
                .body("grantAccount.paid", equalTo("1000000.00")).body("grantAccount.stillToPay", equalTo("0.00"));
    }

    private static io.restassured.response.Response declare(SignedGrant g, int wp) {
        return as(g.consortium().coordinatorUser()).body(Map.of("summary", "Deliverables of work package " + wp
                + " uploaded")).post("/api/grants/{id}/work-packages/{n}/declare-completed", g.id(), wp);
    }

    private static io.restassured.response.Response upload(String user, String owner) {
        return given().auth().oauth2(Tokens.token(user, "applicant")).multiPart("owner", owner)
                .multiPart("file", "deliverable.pdf", DocumentFiles.pdf(), "application/pdf").post("/api/documents");
    }

    private static void approveAndAwaitPaid(long order) {
        given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON)
                .post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> officer().get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(60), "order " + order + " paid");
    }
}
