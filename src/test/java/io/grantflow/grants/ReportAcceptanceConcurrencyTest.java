package io.grantflow.grants;

import io.grantflow.grants.application.GrantSettlements;
import io.grantflow.support.Await;
import io.grantflow.support.Concurrently;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two officers accept the same report at the same moment, and the engine settles the period again (a retry): the
 * period is settled once, with one interim payment order, and the grant's account never pays more than it holds.
 */
@QuarkusTest
class ReportAcceptanceConcurrencyTest {

    @Inject
    GrantSettlements settlements;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aPeriodIsSettledOnceWhateverRaces() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        long account = officer().get("/api/grants/{id}", g.id()).jsonPath().getLong("account");
        long pre = officer().get("/api/grants/{id}", g.id()).jsonPath().getLong("preFinancing.paymentOrder");
        second().post("/api/payments/{id}/approve", pre).then().statusCode(200);
        Await.until(() -> officer().get("/api/payments/{id}", pre).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(60), "pre-financing paid");
        TestClock.freeze();
        TestClock.advance(Duration.ofDays(560));
        as(g.consortium().coordinatorUser()).body(Map.of("technical", "Work", "costs", List.of(Map.of("organisation",
                        g.consortium().coordinator(), "category", "PERSONNEL", "amount", "600000.00"))))
                .put("/api/grants/{id}/reports/1", g.id()).then().statusCode(200);
        as(g.consortium().coordinatorUser()).post("/api/grants/{id}/reports/1/submit", g.id()).then().statusCode(200);

        List<Callable<Response>> accepts = List.of(
                () -> officer().post("/api/grants/{id}/reports/1/accept", g.id()),
                () -> second().post("/api/grants/{id}/reports/1/accept", g.id()),
                () -> officer().post("/api/grants/{id}/reports/1/accept", g.id()));
        for (Response r : Concurrently.run(accepts)) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        }
        QuarkusTransaction.requiringNew().run(() -> settlements.settle(g.id(), 1)); // an engine retry

        List<Map<String, Object>> orders = officer().get("/api/payments?account={a}&size=100", account).jsonPath()
                .getList("items");
        assertThat(orders).hasSize(2); // the pre-financing and one interim payment
        assertThat(orders.get(1).get("amount")).isEqualTo("140000.00"); // 600,000 × 90 % − 400,000
        officer().get("/api/budgets/grants/{id}", g.id()).then().statusCode(200);
        assertThat(officer().get("/api/grants/{id}", g.id()).jsonPath().getString("reportingPeriods[0].settlement.amount"))
                .isEqualTo("140000.00");
    }

    private static RequestSpecification second() {
        return given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON);
    }
}
