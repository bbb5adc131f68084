package io.grantflow.grants;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.CutoffFixtures;
import io.grantflow.support.Concurrently;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The EEN carry-over: a call of EUR 3,000,000 with two cut-offs (EUR 2,000,000 and EUR 1,000,000); the first
 * cut-off's batch awards one grant of EUR 1,000,000, and an officer carries the unused EUR 1,000,000 to the
 * second cut-off: one CARRY_OVER transfer in the ledger, shown on both cut-offs, moved once however often
 * (and by however many officers at once) it is decided.
 */
@QuarkusTest
class CutoffCarryOverTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theUnusedBudgetOfADecidedCutOffIsCarriedToTheNextOnceAndShownOnBoth() {
        String call = CutoffFixtures.rankedFirstCutoff();
        officer().get("/api/calls/{id}/cutoffs", call).then().statusCode(200)
                .body("cutoffs.budget", contains("2000000.00", "1000000.00"))
                .body("cutoffs.allocated", contains("2000000.00", "1000000.00"))
                .body("cutoffs.decided", contains(false, false));

        // ranked is not decided: the batch may still be awarded from the budget
        officer().post("/api/calls/{id}/cutoffs/0/carry-over", call).then().statusCode(422)
                .body("code", equalTo("carry_over_refused")).body("violations.code", contains("cutoff_not_decided"));
        CutoffFixtures.awardFirstCutoff(call);
        // the last cut-off, not decided: every reason at once
        officer().post("/api/calls/{id}/cutoffs/1/carry-over", call).then().statusCode(422)
                .body("violations.code", contains("cutoff_not_decided", "no_next_cutoff"));
        officer().post("/api/calls/{id}/cutoffs/2/carry-over", call).then().statusCode(404);

        JsonPath carried = officer().post("/api/calls/{id}/cutoffs/0/carry-over", call).then().statusCode(200)
                .extract().jsonPath();
        assertThat(carried.getList("cutoffs.carriedOut")).containsExactly("1000000.00", "0.00");
        assertThat(carried.getList("cutoffs.carriedIn")).containsExactly("0.00", "1000000.00");
        assertThat(carried.getList("cutoffs.allocated")).containsExactly("1000000.00", "2000000.00");
        assertThat(carried.getList("cutoffs.committed")).containsExactly("1000000.00", "0.00");
        assertThat(carried.getList("cutoffs.available")).containsExactly("0.00", "2000000.00");
        assertThat(carried.getList("cutoffs.decided")).containsExactly(true, false);
        assertThat(carried.getString("cutoffs[0].carryOver.amount")).isEqualTo("1000000.00");
        assertThat(carried.getInt("cutoffs[0].carryOver.to")).isEqualTo(1);
        assertThat(carried.getString("cutoffs[0].carryOver.decidedBy")).isEqualTo("officer.test");
        assertThat(carried.getString("cutoffs[0].carryOver.reference")).isEqualTo("carry-over:" + call + "#0");
        long transfer = carried.getLong("cutoffs[0].carryOver.transfer");

        // the same decision again moves nothing: the first transfer
        officer().post("/api/calls/{id}/cutoffs/0/carry-over", call).then().statusCode(200)
                .body("cutoffs[0].carryOver.transfer", equalTo((int) transfer))
                .body("cutoffs.allocated", contains("1000000.00", "2000000.00"));

        // the call's budget is unchanged; the money moved between its cut-offs, and the ledger reconciles
        JsonPath budget = officer().get("/api/budgets/calls/{id}", call).then().statusCode(200).extract().jsonPath();
        assertThat(budget.getString("allocated")).isEqualTo("3000000.00");
        assertThat(budget.getString("committed")).isEqualTo("3000000.00");
        assertThat(budget.getList("children.allocated")).containsExactly("1000000.00", "2000000.00");
        List<Integer> cutoffAccounts = budget.getList("children.account", Integer.class);
        JsonPath reconciliation = officer().get("/api/budgets/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(reconciliation.getList("differences.account", Integer.class)).doesNotContainAnyElementsOf(cutoffAccounts);
        // audited: the transfer is in the audit trail with the officer who decided
        officer().get("/api/audit?object=transfer:" + transfer).then().statusCode(200)
                .body("items[0].actor", equalTo("officer.test"));

    }

    @Test
    void twoOfficersCarryingAtOnceMoveTheMoneyOnce() throws Exception {
        String call = CutoffFixtures.decidedFirstCutoff();
        List<Response> responses = Concurrently.run(List.of(
                () -> given().auth().oauth2(Tokens.token("officer.anna", "officer")).contentType(ContentType.JSON)
                        .post("/api/calls/{id}/cutoffs/0/carry-over", call),
                () -> given().auth().oauth2(Tokens.token("officer.bruno", "officer")).contentType(ContentType.JSON)
                        .post("/api/calls/{id}/cutoffs/0/carry-over", call)));
        for (Response r : responses) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        }
        assertThat(responses.stream().map(r -> r.jsonPath().getLong("cutoffs[0].carryOver.transfer")).distinct())
                .hasSize(1);
        officer().get("/api/calls/{id}/cutoffs", call).then().statusCode(200)
                .body("cutoffs.allocated", contains("1000000.00", "2000000.00"))
                .body("cutoffs.carriedIn", contains("0.00", "1000000.00"));
        officer().get("/api/budgets/calls/{id}", call).then().body("committed", equalTo("3000000.00"));
    }

    @Test
    void aCallWithoutCutOffsHasNoneToCarry() {
        String call = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("50000000.00")));
        CallFixtures.publish(call);
        officer().get("/api/calls/{id}/cutoffs", call).then().statusCode(200).body("cutoffs.size()", equalTo(0));
        officer().post("/api/calls/{id}/cutoffs/0/carry-over", call).then().statusCode(422)
                .body("violations.code", contains("no_cutoffs"));
    }
}
