package io.grantflow.cascade;

import io.grantflow.support.Await;
import io.grantflow.support.Concurrently;
import io.grantflow.support.Overloaded;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** 300 simultaneous applications to a first-come-first-served envelope that fits 100. */
@QuarkusTest
class FirstComeFirstServedConcurrencyTest {

    @Test
    void exactly100Of300AreAwardedAndPaidOnce() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "100000.00");
        def.put("fixedAmount", "1000.00");
        def.put("firstTranchePercent", 100);
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        List<Sme> smes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            smes.add(GrantFixtures.sme(i % 2 == 0 ? "IT" : "EE"));
        }
        List<Callable<Response>> requests = new ArrayList<>();
        for (Sme s : smes) {
            // a busy machine may answer 503 overloaded: the client sends the same request (same key) again
            String key = java.util.UUID.randomUUID().toString();
            requests.add(() -> Overloaded.retried(() -> io.restassured.RestAssured.given()
                    .auth().oauth2(io.grantflow.support.Tokens.token(s.user(), "sme"))
                    .contentType(io.restassured.http.ContentType.JSON).header("Idempotency-Key", key)
                    .body(application(s, null, null)).post("/api/open-calls/{id}/applications", call)));
        }
        List<Response> responses = Concurrently.run(requests);

        List<Long> awarded = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        int refused = 0;
        for (Response r : responses) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            String status = r.jsonPath().getString("status");
            if ("AWARDED".equals(status)) {
                awarded.add(r.jsonPath().getLong("id"));
                orders.add(r.jsonPath().getLong("firstTranche.paymentOrder"));
            } else {
                assertThat(status).isEqualTo("REFUSED");
                assertThat(r.jsonPath().getList("refusals.code")).containsExactly("envelope_exhausted");
                refused++;
            }
        }
        assertThat(awarded).hasSize(100);
        assertThat(refused).isEqualTo(200);
        as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}", call).then()
                .body("committed", org.hamcrest.Matchers.equalTo("100000.00"))
                .body("available", org.hamcrest.Matchers.equalTo("0.00"));

        // the second member approves the 100 orders as one batch, twice at once: each is paid once
        String approver = g.consortium().partnerUser();
        List<Response> batches = Concurrently.times(2, () -> Overloaded.retried(() -> as(approver)
                .body(Map.of("orders", orders)).post("/api/payments/approve-batch")));
        assertThat(batches.stream().filter(r -> r.statusCode() == 200).count()).isGreaterThanOrEqualTo(1);
        for (Long order : orders) {
            Await.until(() -> as(approver).get("/api/payments/{id}", order).jsonPath().getString("status"),
                    "PAID"::equals, Duration.ofSeconds(60), "order " + order + " paid");
        }
        as(g.consortium().coordinatorUser()).get("/api/budgets/grants/{id}", g.id()).then()
                .body("paidToSmes", org.hamcrest.Matchers.equalTo("100000.00"))
                .body("committedToSmes", org.hamcrest.Matchers.equalTo("100000.00"));
    }
}
