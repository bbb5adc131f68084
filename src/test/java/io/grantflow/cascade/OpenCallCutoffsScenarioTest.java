package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
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
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * An open call of EUR 10,000 for lump sums of EUR 1,000, first come first served, with two cut-offs: EUR 4,000 closing
 * in a day, EUR 6,000 closing in ten. Three SMEs use EUR 3,000 of the first; it closes; the consortium carries the
 * unused EUR 1,000 to the second (one CARRY_OVER transfer, audited, moved once however often it is decided), where
 * seven SMEs are then awarded and the eighth finds the budget used up.
 */
@QuarkusTest
class OpenCallCutoffsScenarioTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A FIXED_LUMP_SUM open call of EUR 1,000 per SME with these cut-offs ({@code [closesAt, budget]}). */
    static long cutoffCall(SignedGrant g, String budget, Object[]... cutoffs) {
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", budget);
        def.put("fixedAmount", "1000.00");
        def.remove("closesAt"); // taken from the last cut-off
        def.put("cutoffs", java.util.Arrays.stream(cutoffs)
                .map(c -> Map.of("closesAt", c[0].toString(), "budget", c[1])).toList());
        return createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String apply(long openCall) {
        Sme sme = GrantFixtures.sme("IT");
        return asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).extract().jsonPath().getString("status");
    }

    @Test
    void theUnusedBudgetOfTheFirstCutOffIsCarriedToTheSecondAndAwardedThere() {
        SignedGrant g = GrantFixtures.signedGrant(); // before the clock stops: the grant's own deadlines pass
        Instant now = TestClock.freeze().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String coordinator = g.consortium().coordinatorUser();
        Instant first = now.plus(Duration.ofDays(1));
        Instant second = now.plus(Duration.ofDays(10));
        long call = cutoffCall(g, "10000.00", new Object[]{first, "4000.00"}, new Object[]{second, "6000.00"});

        JsonPath created = as(coordinator).get("/api/open-calls/{id}", call).then().statusCode(200).extract().jsonPath();
        assertThat(Instant.parse(created.getString("closesAt"))).isEqualTo(second);
        assertThat(created.getList("cutoffs.state")).containsExactly("OPEN", "UPCOMING");
        assertThat(created.getList("cutoffs.remaining")).containsExactly("4000.00", "6000.00");
        assertThat(created.getString("available")).isEqualTo("10000.00");
        long openCallAccount = created.getLong("account");

        for (int i = 0; i < 3; i++) {
            assertThat(apply(call)).isEqualTo("AWARDED");
        }
        officer().get("/api/open-calls/{id}/cutoffs", call).then().statusCode(200)
                .body("cutoffs.committed", contains("3000.00", "0.00"))
                .body("cutoffs.remaining", contains("1000.00", "6000.00"))
                .body("cutoffs.decided", contains(false, false));

        // before the cut-off closed: its budget may still be awarded
        as(coordinator).post("/api/open-calls/{id}/cutoffs/0/carry-over", call).then().statusCode(422)
                .body("code", equalTo("carry_over_refused")).body("violations.code", contains("cutoff_not_decided"));

        TestClock.advance(Duration.ofDays(1).plusSeconds(1)); // the first cut-off closed; the second is open
        as(coordinator).get("/api/open-calls/{id}", call).then().statusCode(200)
                .body("cutoffs.state", contains("CLOSED", "OPEN")).body("open", equalTo(true));
        // the last cut-off: there is no next one (and it is not decided)
        as(coordinator).post("/api/open-calls/{id}/cutoffs/1/carry-over", call).then().statusCode(422)
                .body("violations.code", contains("cutoff_not_decided", "no_next_cutoff"));
        as(coordinator).post("/api/open-calls/{id}/cutoffs/2/carry-over", call).then().statusCode(404);

        JsonPath carried = as(coordinator).post("/api/open-calls/{id}/cutoffs/0/carry-over", call).then().statusCode(200)
                .extract().jsonPath();
        assertThat(carried.getList("cutoffs.carriedOut")).containsExactly("1000.00", "0.00");
        assertThat(carried.getList("cutoffs.carriedIn")).containsExactly("0.00", "1000.00");
        assertThat(carried.getList("cutoffs.allocated")).containsExactly("3000.00", "7000.00");
        assertThat(carried.getList("cutoffs.remaining")).containsExactly("0.00", "7000.00");
        assertThat(carried.getList("cutoffs.state")).containsExactly("CARRIED_OVER", "OPEN");
        assertThat(carried.getString("cutoffs[0].carryOver.decidedBy")).isEqualTo(coordinator);
        assertThat(carried.getInt("cutoffs[0].carryOver.to")).isEqualTo(1);
        assertThat(carried.getString("cutoffs[0].carryOver.reference")).startsWith("carry-over:open-call:").endsWith("#0");
        long transfer = carried.getLong("cutoffs[0].carryOver.transfer");

        // the same decision again (by another member) moves nothing: the first transfer
        as(g.consortium().partnerUser()).post("/api/open-calls/{id}/cutoffs/0/carry-over", call).then().statusCode(200)
                .body("cutoffs[0].carryOver.transfer", equalTo((int) transfer))
                .body("cutoffs.allocated", contains("3000.00", "7000.00"));

        // the ledger: the open call's account passed its whole budget to its cut-offs; the money moved between them
        JsonPath account = officer().get("/api/budgets/accounts/{id}", openCallAccount).then().statusCode(200)
                .extract().jsonPath();
        assertThat(account.getString("allocated")).isEqualTo("10000.00");
        assertThat(account.getString("committed")).isEqualTo("10000.00");
        assertThat(account.getList("children.kind")).containsExactly("CUTOFF", "CUTOFF");
        assertThat(account.getList("children.allocated")).containsExactly("3000.00", "7000.00");
        assertThat(account.getList("children.committed")).containsExactly("3000.00", "0.00");
        officer().get("/api/audit?object=transfer:" + transfer).then().statusCode(200)
                .body("items[0].actor", equalTo(coordinator));

        // the second cut-off awards what it was given and what was carried to it
        for (int i = 0; i < 7; i++) {
            assertThat(apply(call)).isEqualTo("AWARDED");
        }
        Sme late = GrantFixtures.sme("IT");
        asSme(late).body(application(late, null, null)).post("/api/open-calls/{id}/applications", call).then()
                .statusCode(201).body("status", equalTo("REFUSED"))
                .body("refusals.code", contains("envelope_exhausted"));
        as(coordinator).get("/api/open-calls/{id}", call).then().statusCode(200)
                .body("committed", equalTo("10000.00")).body("available", equalTo("0.00"))
                .body("cutoffs.committed", contains("3000.00", "7000.00"));
        // the grant's SME support counts the awards below the cut-offs once, not the allocations to them
        as(coordinator).get("/api/budgets/grants/{id}", g.id()).then().statusCode(200)
                .body("committedToSmes", equalTo("10000.00"));
        JsonPath reconciliation = officer().get("/api/budgets/reconciliation").then().statusCode(200).extract().jsonPath();
        List<Integer> cutoffAccounts = account.getList("children.account", Integer.class);
        assertThat(reconciliation.getList("differences.account", Integer.class)).doesNotContainAnyElementsOf(cutoffAccounts);

        // after the last cut-off the open call is closed
        TestClock.advance(Duration.ofDays(9));
        Sme after = GrantFixtures.sme("IT");
        asSme(after).body(application(after, null, null)).post("/api/open-calls/{id}/applications", call).then()
                .statusCode(409).body("code", equalTo("open_call_closed"));
    }

    @Test
    void aCutOffWithApplicationsUnderReviewIsNotDecided() {
        SignedGrant g = GrantFixtures.signedGrant(); // before the clock stops: the grant's own deadlines pass
        Instant now = TestClock.freeze();
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", "5000.00");
        def.put("maxAmount", "1000.00");
        def.remove("closesAt");
        def.put("cutoffs", List.of(Map.of("closesAt", now.plus(Duration.ofDays(1)).toString(), "budget", "2000.00"),
                Map.of("closesAt", now.plus(Duration.ofDays(5)).toString(), "budget", "3000.00",
                        "selection", "FIRST_COME_FIRST_SERVED")));
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        long app = asSme(sme).body(application(sme, "900.00", null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("status", equalTo("UNDER_REVIEW")).extract().jsonPath().getLong("id");
        TestClock.advance(Duration.ofDays(2));
        String coordinator = g.consortium().coordinatorUser();
        as(coordinator).post("/api/open-calls/{id}/cutoffs/0/carry-over", call).then().statusCode(422)
                .body("violations.code", contains("cutoff_not_decided"));
        // decided after the cut-off closed: committed from the first cut-off's budget
        as(coordinator).body(Map.of("approve", true, "score", 80, "reason", "good"))
                .post("/api/applications/{id}/decision", app).then().statusCode(200);
        as(coordinator).post("/api/open-calls/{id}/cutoffs/0/carry-over", call).then().statusCode(200)
                .body("cutoffs.allocated", contains("900.00", "4100.00"))
                .body("cutoffs.selection", contains("EVALUATED", "FIRST_COME_FIRST_SERVED"));
        // the second cut-off is first come, first served: awarded at once
        Sme second = GrantFixtures.sme("IT");
        asSme(second).body(application(second, "1000.00", null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("status", equalTo("AWARDED"));
    }

    @Test
    void anAwardWithdrawnWhileTheNextCutOffIsOpenReturnsToItsOwnCutOff() {
        SignedGrant g = GrantFixtures.signedGrant(); // before the clock stops: the grant's own deadlines pass
        Instant now = TestClock.freeze();
        long call = cutoffCall(g, "10000.00", new Object[]{now.plus(Duration.ofDays(1)), "4000.00"},
                new Object[]{now.plus(Duration.ofDays(10)), "6000.00"});
        Sme sme = GrantFixtures.sme("IT");
        long app = asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("status", equalTo("AWARDED")).extract().jsonPath().getLong("id");
        TestClock.advance(Duration.ofDays(2)); // the second cut-off is open
        asSme(sme).post("/api/applications/{id}/withdraw", app).then().statusCode(200);
        officer().get("/api/open-calls/{id}/cutoffs", call).then().statusCode(200)
                .body("cutoffs.committed", contains("0.00", "0.00"))
                .body("cutoffs.remaining", contains("4000.00", "6000.00"))
                .body("cutoffs.state", contains("CLOSED", "OPEN"));
    }

    @Test
    void cutOffsThatBreakTheRulesAreRefusedWithEveryReason() {
        SignedGrant g = GrantFixtures.signedGrant();
        Instant now = Instant.now();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        def.put("fixedAmount", "1000.00");
        def.put("cutoffs", List.of(Map.of("closesAt", now.plus(Duration.ofDays(3)).toString(), "budget", "4000.00"),
                Map.of("closesAt", now.plus(Duration.ofDays(2)).toString(), "budget", "5000.00")));
        createOpenCall(g, def).then().statusCode(422).body("code", equalTo("invalid_open_call"))
                .body("violations.code", contains("cutoffs_not_increasing", "last_cutoff_not_closing",
                        "cutoff_budgets_mismatch"));
    }

    @Test
    void anOpenCallWithoutCutOffsHasNoneToCarry() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        def.put("fixedAmount", "1000.00");
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        officer().get("/api/open-calls/{id}/cutoffs", call).then().statusCode(200).body("cutoffs.size()", equalTo(0));
        as(g.consortium().coordinatorUser()).post("/api/open-calls/{id}/cutoffs/0/carry-over", call).then()
                .statusCode(422).body("violations.code", contains("no_cutoffs"));
        // a stranger learns nothing of the consortium's open call
        as(io.grantflow.support.ProposalFixtures.user("coord")).post("/api/open-calls/{id}/cutoffs/0/carry-over", call)
                .then().statusCode(404);
    }
}
