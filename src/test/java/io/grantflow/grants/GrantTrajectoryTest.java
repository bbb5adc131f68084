package io.grantflow.grants;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A grant whose SME commitments lag behind what the programme paid shows in the officers' list; a terminated grant takes no applications. */
@QuarkusTest
class GrantTrajectoryTest {

    @Test
    void aGrantPaidWithoutSmeCommitmentsIsBelowItsTrajectoryUntilItTerminates() {
        SignedGrant g = GrantFixtures.signedGrant();
        long order = officer().get("/api/grants/{id}", g.id()).jsonPath().getLong("preFinancing.paymentOrder");
        given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON)
                .post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> officer().get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(30), "pre-financing paid");
        // 40 % of the grant paid, nothing committed to SMEs: 40 % of the EUR 750,000 required support is missing
        officer().get("/api/budgets/grants/{id}", g.id()).then().body("belowTrajectory", equalTo(true))
                .body("grantAccount.paid", equalTo("400000.00")).body("stillNeeded", equalTo("750000.00"));
        officer().get("/api/budgets/grants?belowTrajectory=true&size=100").then().statusCode(200)
                .body("items.grant", hasItem((int) g.id()));

        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "5000.00");
        def.put("fixedAmount", "1000.00");
        long openCall = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        officer().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("reason", "irregularities"))
                .post("/api/grants/{id}/terminate", g.id()).then().statusCode(200).body("status", equalTo("TERMINATED"));
        officer().get("/api/budgets/grants/{id}", g.id()).then().body("grantAccount.committed", equalTo("400000.00"))
                .body("belowTrajectory", equalTo(false));
        officer().get("/api/budgets/grants?belowTrajectory=true&size=100").then()
                .body("items.grant", not(hasItem((int) g.id())));
        var sme = GrantFixtures.sme("IT");
        GrantFixtures.asSme(sme).body(GrantFixtures.application(sme, null, null))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(409)
                .body("code", equalTo("grant_not_active"));
        as(g.consortium().coordinatorUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("iban", "BE71 0961 2345 6769")).post("/api/grants/{id}/sign", g.id()).then().statusCode(409)
                .body("code", equalTo("grant_not_offered"));
    }
}
