package io.grantflow.cascade;

import io.grantflow.support.Concurrently;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Overloaded;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.grantflow.cascade.OpenCallCutoffsScenarioTest.apply;
import static io.grantflow.cascade.OpenCallCutoffsScenarioTest.cutoffCall;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/** A cut-off's budget under concurrent submissions, and two members carrying it over at once. */
@QuarkusTest
class OpenCallCutoffConcurrencyTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void twelveSimultaneousApplicationsToACutOffOfFiveLumpSumsGetFiveAwards() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        Instant now = Instant.now();
        long call = cutoffCall(g, "10000.00", new Object[]{now.plus(Duration.ofDays(1)), "5000.00"},
                new Object[]{now.plus(Duration.ofDays(10)), "5000.00"});
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Sme s = GrantFixtures.sme("IT");
            String key = UUID.randomUUID().toString();
            requests.add(() -> Overloaded.retried(() -> given().auth().oauth2(Tokens.token(s.user(), "sme"))
                    .contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(application(s, null, null)).post("/api/open-calls/{id}/applications", call)));
        }
        List<String> statuses = new ArrayList<>();
        for (Response r : Concurrently.run(requests)) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            statuses.add(r.jsonPath().getString("status"));
            if ("REFUSED".equals(r.jsonPath().getString("status"))) {
                assertThat(r.jsonPath().getList("refusals.code")).containsExactly("envelope_exhausted");
            }
        }
        assertThat(statuses).filteredOn("AWARDED"::equals).hasSize(5);
        assertThat(statuses).filteredOn("REFUSED"::equals).hasSize(7);
        // the next cut-off's budget was not touched
        as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}/cutoffs", call).then().statusCode(200)
                .body("cutoffs.committed", contains("5000.00", "0.00"))
                .body("cutoffs.remaining", contains("0.00", "5000.00"));
    }

    @Test
    void twoMembersCarryingAtOnceMoveTheMoneyOnce() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant(); // before the clock stops: the grant's own deadlines pass
        Instant now = TestClock.freeze();
        long call = cutoffCall(g, "10000.00", new Object[]{now.plus(Duration.ofDays(1)), "4000.00"},
                new Object[]{now.plus(Duration.ofDays(10)), "6000.00"});
        assertThat(apply(call)).isEqualTo("AWARDED");
        TestClock.advance(Duration.ofDays(2));
        List<Response> responses = Concurrently.run(List.of(
                () -> as(g.consortium().coordinatorUser()).post("/api/open-calls/{id}/cutoffs/0/carry-over", call),
                () -> as(g.consortium().partnerUser()).post("/api/open-calls/{id}/cutoffs/0/carry-over", call)));
        for (Response r : responses) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        }
        assertThat(responses.stream().map(r -> r.jsonPath().getLong("cutoffs[0].carryOver.transfer")).distinct())
                .hasSize(1);
        as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}/cutoffs", call).then().statusCode(200)
                .body("cutoffs.allocated", contains("1000.00", "9000.00"))
                .body("cutoffs.carriedIn", contains("0.00", "3000.00"));
    }
}
