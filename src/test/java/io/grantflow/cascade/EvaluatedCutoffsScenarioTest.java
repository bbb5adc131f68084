package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.PanelFixtures.apply;
import static io.grantflow.support.PanelFixtures.assignmentOf;
import static io.grantflow.support.PanelFixtures.evaluate;
import static io.grantflow.support.PanelFixtures.terms;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * An evaluated open call in two cut-offs (docs/cascade.md, "Cut-offs" and "Evaluated open calls"): the panel ranks one
 * cut-off at a time against what remains of that cut-off's budget; a reserve list does not hold a cut-off open, and
 * the next cut-off's applications are ranked against its own budget.
 */
@QuarkusTest
class EvaluatedCutoffsScenarioTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void eachCutOffIsRankedAgainstItsOwnBudget() {
        SignedGrant g = GrantFixtures.signedGrant();
        Instant now = TestClock.freeze().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String coordinator = g.consortium().coordinatorUser();
        String member = g.consortium().partnerUser();
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", "6000.00");
        def.put("maxAmount", "2000.00");
        def.put("evaluation", terms(1));
        def.remove("closesAt");
        def.put("cutoffs", List.of(Map.of("closesAt", now.plus(Duration.ofDays(1)).toString(), "budget", "2000.00"),
                Map.of("closesAt", now.plus(Duration.ofDays(10)).toString(), "budget", "4000.00")));
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        as(coordinator).body(Map.of("evaluators", List.of(member))).put("/api/open-calls/{id}/evaluators", call).then()
                .statusCode(200);

        long a = apply(call, "2000.00");
        long b = apply(call, "2000.00");
        TestClock.advance(Duration.ofDays(1).plusSeconds(1)); // the first cut-off closed; the second is open
        long c = apply(call, "2000.00");
        as(coordinator).post("/api/open-calls/{id}/assignments", call).then().statusCode(200)
                .body("assigned", equalTo(3));
        evaluate(member, assignmentOf(member, a), 5, 5);
        evaluate(member, assignmentOf(member, b), 4, 4);
        evaluate(member, assignmentOf(member, c), 4, 4);

        // the first cut-off alone, against its EUR 2,000.00: A funded, B on its reserve list; C waits for its turn
        JsonPath first = as(coordinator).get("/api/open-calls/{id}/ranking", call).then().statusCode(200)
                .body("cutoff", equalTo(0)).body("limit", equalTo("2000.00")).extract().jsonPath();
        assertThat(first.getList("ranked.application", Long.class)).containsExactly(a, b);
        assertThat(first.getList("ranked.outcome", String.class)).containsExactly("MAIN_LIST", "RESERVE_LIST");
        as(coordinator).post("/api/open-calls/{id}/ranking/decision", call).then().statusCode(200);
        as(coordinator).get("/api/applications/{id}", a).then().body("status", equalTo("AWARDED"));
        as(coordinator).get("/api/applications/{id}", b).then().body("status", equalTo("UNDER_REVIEW"));

        // a reserve list does not hold the first cut-off open: it is decided, with nothing left to carry over
        as(coordinator).get("/api/open-calls/{id}/cutoffs", call).then().statusCode(200)
                .body("cutoffs.decided", contains(true, false));
        as(coordinator).post("/api/open-calls/{id}/cutoffs/0/carry-over", call).then().statusCode(422)
                .body("code", equalTo("carry_over_refused"));

        // then the second cut-off, against its own EUR 4,000.00
        JsonPath second = as(coordinator).get("/api/open-calls/{id}/ranking", call).then().statusCode(200)
                .body("cutoff", equalTo(1)).body("limit", equalTo("4000.00")).extract().jsonPath();
        assertThat(second.getList("ranked.application", Long.class)).containsExactly(c);
        assertThat(second.getList("ranked.outcome", String.class)).containsExactly("MAIN_LIST");
        as(coordinator).post("/api/open-calls/{id}/ranking/decision", call).then().statusCode(200);
        as(coordinator).get("/api/applications/{id}", c).then().body("status", equalTo("AWARDED"));
        as(coordinator).get("/api/open-calls/{id}/cutoffs", call).then()
                .body("cutoffs.committed", contains("2000.00", "2000.00"))
                .body("cutoffs.remaining", contains("0.00", "2000.00"));

        // only B's reserve list is left: the first cut-off's, with no budget to reach it
        as(coordinator).get("/api/open-calls/{id}/ranking", call).then().statusCode(200)
                .body("cutoff", equalTo(0)).body("limit", equalTo("0.00"))
                .body("ranked.outcome", contains("RESERVE_LIST"));
        officer().get("/api/budgets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }
}
