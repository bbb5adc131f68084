package io.grantflow.grants;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.EvaluationFixtures.agree;
import static io.grantflow.support.EvaluationFixtures.assignedTo;
import static io.grantflow.support.EvaluationFixtures.awaitConsensusOpen;
import static io.grantflow.support.EvaluationFixtures.closedCallWithEligibleProposals;
import static io.grantflow.support.EvaluationFixtures.evaluate;
import static io.grantflow.support.EvaluationFixtures.expert;
import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.pool;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static io.grantflow.support.EvaluationFixtures.scores;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A Euroclusters evaluation end to end, through the API only: 5 proposals, 3 experts each out of a
 * pool of 4 (one conflict of interest replaced), a draft saved and resumed, consensus, ranking with a
 * tie broken by the first criterion, a proposal below a criterion threshold, the budget line leaving one
 * on the reserve list; award, signature, the pre-financing order approved by a second officer and paid;
 * a declined grant releasing its commitment to the reserve list.
 */
@QuarkusTest
class EuroclustersAwardTest {

    private static final String BUDGET = "3000000.00"; // three proposals of EUR 1,000,000.00 each

    @SendsInvalidRequests("an award without its Idempotency-Key")
    @Test
    void evaluationRankingAwardSignatureAndReserveList() {
        List<Consortium> consortia = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            consortia.add(ProposalFixtures.consortium());
        }
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("budget", BUDGET);
        def.put("maxGrant", "1400000.00");
        def.put("expectedGrants", 3);
        List<Long> ids = closedCallWithEligibleProposals(def, 8, consortia,
                List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO"));
        String call = (String) def.get("identifier"); // after: a retried fixture renames the call
        long alpha = ids.get(0), bravo = ids.get(1), charlie = ids.get(2), delta = ids.get(3), echo = ids.get(4);

        // ---- assignment: 3 experts per proposal (the call's default) out of a pool of 4
        List<String> experts = pool(call, 4);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200)
                .body("expertsPerProposal", equalTo(3)).body("created", equalTo(15))
                .body("evaluationsStarted", equalTo(5)).body("shortfalls", hasSize(0));
        as(consortia.get(0).coordinatorUser()).get("/api/proposals/{id}", alpha).then()
                .body("status", equalTo("UNDER_EVALUATION"));

        // ---- a conflict of interest on ALPHA: the one expert not on it takes the slot over
        Map<String, Long> onAlpha = assignedTo(experts, alpha);
        String conflicted = onAlpha.keySet().iterator().next();
        String spare = experts.stream().filter(e -> !onAlpha.containsKey(e)).findFirst().orElseThrow();
        expert(conflicted).body(Map.of("conflict", true, "reason", "worked for the coordinator last year"))
                .post("/api/evaluator/assignments/{id}/conflict-declaration", onAlpha.get(conflicted)).then()
                .statusCode(200).body("status", equalTo("CONFLICT_DECLARED"));
        Map<String, Long> alphaNow = assignedTo(experts, alpha);
        assertThat(alphaNow).hasSize(3).containsKey(spare).doesNotContainKey(conflicted);

        // ---- access: an expert never reads an assignment or scores that are not theirs
        long someoneElses = alphaNow.get(spare);
        String outsider = conflicted;
        expert(outsider).get("/api/evaluator/assignments/{id}", someoneElses).then().statusCode(404)
                .body("toString()", org.hamcrest.Matchers.not(containsString("hydrogen")));
        expert(outsider).body(Map.of("scores", scores(rqi(5, 5, 5))))
                .put("/api/evaluator/assignments/{id}/scores", someoneElses).then().statusCode(404);
        expert(outsider).get("/api/proposals/{id}/consensus", alpha).then().statusCode(403);
        expert(outsider).get("/api/proposals/{id}", alpha).then().statusCode(403);

        // ---- individual evaluations: ALPHA and BRAVO tie on 12.5, broken by Relevance; ECHO fails Quality
        alphaNow.forEach((e, a) -> evaluate(e, a, rqi(4.5, 4, 4)));
        assignedTo(experts, bravo).forEach((e, a) -> evaluate(e, a, rqi(4, 4.5, 4)));
        List<Double> impact = List.of(2.0, 4.0, 4.5); // experts differ by 2.5 points on CHARLIE's impact
        int k = 0;
        for (Map.Entry<String, Long> e : assignedTo(experts, charlie).entrySet()) {
            evaluate(e.getKey(), e.getValue(), rqi(4, 4, impact.get(k++)));
        }
        assignedTo(experts, echo).forEach((e, a) -> evaluate(e, a, rqi(5, 2.5, 5)));

        // DELTA: one expert saves a draft, leaves, comes back: the earlier text is still there
        Map<String, Long> onDelta = assignedTo(experts, delta);
        String drafter = onDelta.keySet().iterator().next();
        long draft = onDelta.get(drafter);
        expert(drafter).body(Map.of("conflict", false))
                .post("/api/evaluator/assignments/{id}/conflict-declaration", draft).then().statusCode(200);
        expert(drafter).body(Map.of("scores", List.of(Map.of("criterion", "Relevance", "score", 3.5,
                        "comment", "Relevant to two of the call's value chains."))))
                .put("/api/evaluator/assignments/{id}/scores", draft).then().statusCode(200);
        expert(drafter).post("/api/evaluator/assignments/{id}/submit", draft).then().statusCode(422)
                .body("code", equalTo("evaluation_incomplete"));
        expert(drafter).get("/api/evaluator/assignments/{id}", draft).then().statusCode(200)
                .body("scores[0].comment", equalTo("Relevant to two of the call's value chains."))
                .body("scores[1].score", equalTo(null));
        expert(drafter).body(Map.of("scores", scores(Map.of("Quality", 3.5, "Impact", 3.5))))
                .put("/api/evaluator/assignments/{id}/scores", draft).then().statusCode(200)
                .body("scores[0].comment", equalTo("Relevant to two of the call's value chains."));
        expert(drafter).post("/api/evaluator/assignments/{id}/submit", draft).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        // before every individual evaluation is in, nobody sees the individual scores
        officer().get("/api/proposals/{id}/consensus", delta).then().statusCode(200)
                .body("status", equalTo("INDIVIDUAL")).body("criteria[0].individual", hasSize(0));
        onDelta.forEach((e, a) -> {
            if (!e.equals(drafter)) {
                evaluate(e, a, rqi(3.5, 3.5, 3.5));
            }
        });

        // ---- consensus: individual scores, spread and the flag at 2 points
        for (long p : ids) {
            awaitConsensusOpen(p);
        }
        JsonPath c = officer().get("/api/proposals/{id}/consensus", charlie).then().statusCode(200)
                .body("criteria[2].criterion", equalTo("Impact"))
                .body("criteria[2].individual", hasSize(3))
                .body("criteria[2].divergent", equalTo(true))
                .body("criteria[0].divergent", equalTo(false))
                .extract().jsonPath();
        assertThat(c.getDouble("criteria[2].spread")).isEqualTo(2.5);
        assertThat(c.getDouble("criteria[2].min")).isEqualTo(2.0);
        officer().post("/api/calls/{id}/ranking", call).then().statusCode(409).body("code", equalTo("evaluation_pending"));

        agree(alpha, rqi(4.5, 4, 4));
        agree(bravo, rqi(4, 4.5, 4));
        agree(charlie, rqi(4, 4, 4));
        agree(delta, rqi(3.5, 3.5, 3.5));
        agree(echo, rqi(5, 2.5, 5));
        officer().get("/api/proposals/{id}/consensus", alpha).then().body("status", equalTo("AGREED"))
                .body("total", equalTo(12.5f));
        officer().body(Map.of("scores", scores(rqi(1, 1, 1)))).put("/api/proposals/{id}/consensus", alpha).then()
                .statusCode(409).body("code", equalTo("consensus_agreed"));

        // ---- ranking
        JsonPath r = officer().post("/api/calls/{id}/ranking", call).then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("entries.items.acronym")).containsExactly("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO");
        assertThat(r.getList("entries.items.outcome")).containsExactly("MAIN_LIST", "MAIN_LIST", "MAIN_LIST",
                "RESERVE_LIST", "REJECTED");
        assertThat(r.getString("entries.items[0].tieBreak")).contains("before BRAVO").contains("Relevance 4.5 > 4.0");
        assertThat(r.getString("entries.items[1].tieBreak")).contains("after ALPHA");
        assertThat(r.getString("entries.items[2].tieBreak")).isNull();
        assertThat(r.getList("entries.items.runningTotal")).containsExactly("1000000.00", "2000000.00", "3000000.00",
                "4000000.00", null);
        assertThat(r.getInt("line.lastPositionInside")).isEqualTo(3);
        assertThat(r.getInt("line.firstPositionBeyond")).isEqualTo(4);
        assertThat(r.getString("line.remaining")).isEqualTo("0.00");
        assertThat(r.getString("entries.items[4].reasons[0]")).isEqualTo("Quality 2.5 is below its threshold 3.0");
        assertThat(r.getObject("entries.items[4].position", Integer.class)).isNull();
        officer().get("/api/calls/{id}/ranking", call).then().statusCode(200)
                .body("entries.items.acronym", equalTo(List.of("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO")))
                .body("counts.MAIN_LIST", equalTo(3));
        as(consortia.get(3).coordinatorUser()).get("/api/proposals/{id}", delta).then()
                .body("status", equalTo("RESERVE_LIST"));

        // ---- award: once, with an Idempotency-Key
        officer().post("/api/calls/{id}/award", call).then().statusCode(400).body("code", equalTo("idempotency_key_required"));
        String key = UUID.randomUUID().toString();
        JsonPath award = officer().header("Idempotency-Key", key).post("/api/calls/{id}/award", call).then()
                .statusCode(200).body("grants", hasSize(3)).body("committed", equalTo("3000000.00")).extract().jsonPath();
        officer().header("Idempotency-Key", key).post("/api/calls/{id}/award", call).then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("grants.id", equalTo(award.getList("grants.id")));
        officer().get("/api/budgets/calls/{id}", call).then().body("committed", equalTo("3000000.00"))
                .body("available", equalTo("0.00"));
        officer().post("/api/calls/{id}/ranking", call).then().statusCode(409).body("code", equalTo("ranking_awarded"));

        long grantA = award.getLong("grants.find { it.acronym == 'ALPHA' }.id");
        long grantB = award.getLong("grants.find { it.acronym == 'BRAVO' }.id");
        Consortium a = consortia.get(0);
        as(a.coordinatorUser()).get("/api/grants/{id}", grantA).then().statusCode(200)
                .body("status", equalTo("OFFERED")).body("maxContribution", equalTo("1000000.00"))
                .body("fstpEnvelope", equalTo("750000.00")).body("minSmeShare", equalTo(75.00f))
                .body("beneficiaries", hasSize(3))
                .body("paymentSchedule.kind", equalTo(List.of("PRE_FINANCING", "INTERIM", "BALANCE")))
                .body("paymentSchedule.amount", equalTo(List.of("400000.00", "300000.00", "300000.00")));
        as(a.partnerUser()).get("/api/grants/{id}", grantA).then().statusCode(200);
        as(consortia.get(1).coordinatorUser()).get("/api/grants/{id}", grantA).then().statusCode(404);
        expert(outsider).get("/api/grants/{id}", grantA).then().statusCode(403);

        // ---- signature: the pre-financing order, approved by a second officer, is paid
        as(a.partnerUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("iban", "BE71 0961 2345 6769")).post("/api/grants/{id}/sign", grantA).then()
                .statusCode(403).body("code", equalTo("not_a_coordinator_member"));
        JsonPath signed = as(a.coordinatorUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("iban", "BE71 0961 2345 6769")).post("/api/grants/{id}/sign", grantA).then()
                .statusCode(200).body("status", equalTo("SIGNED")).body("preFinancing.amount", equalTo("400000.00"))
                .body("preFinancing.status", equalTo("PENDING_APPROVAL")).extract().jsonPath();
        long order = signed.getLong("preFinancing.paymentOrder");
        officer().post("/api/payments/{id}/approve", order).then().statusCode(403).body("code", equalTo("four_eyes"));
        given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON)
                .post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> officer().get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(30), "pre-financing paid");
        as(a.coordinatorUser()).get("/api/budgets/grants/{id}", grantA).then().statusCode(200)
                .body("grantAccount.allocated", equalTo("1000000.00")).body("grantAccount.paid", equalTo("400000.00"))
                .body("grantAccount.stillToPay", equalTo("600000.00"))
                .body("fstpEnvelope.allocated", equalTo("750000.00")).body("fstpEnvelope.paid", equalTo("0.00"))
                .body("plannedSmeShare", equalTo(75.00f)).body("actualSmeShare", equalTo(0.00f));
        as(consortia.get(2).coordinatorUser()).get("/api/budgets/grants/{id}", grantA).then().statusCode(404);
        officer().get("/api/budgets/calls/{id}", call).then().body("paid", equalTo("400000.00"));

        // ---- BRAVO declines: its commitment returns and DELTA, first on the reserve list, is offered a grant
        as(consortia.get(1).coordinatorUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reason", "the consortium dissolved")).post("/api/grants/{id}/decline", grantB).then()
                .statusCode(200).body("status", equalTo("DECLINED"));
        JsonPath grants = officer().get("/api/grants?call=" + call).then().statusCode(200).extract().jsonPath();
        assertThat(grants.getList("items.acronym")).containsExactly("ALPHA", "BRAVO", "CHARLIE", "DELTA");
        assertThat(grants.getBoolean("items.find { it.acronym == 'DELTA' }.fromReserve")).isTrue();
        assertThat(grants.getString("items.find { it.acronym == 'DELTA' }.status")).isEqualTo("OFFERED");
        officer().get("/api/budgets/calls/{id}", call).then().body("committed", equalTo("3000000.00"));
        as(consortia.get(3).coordinatorUser()).get("/api/proposals/{id}", delta).then()
                .body("status", equalTo("MAIN_LIST"));
        officer().get("/api/calls/{id}/ranking", call).then()
                .body("entries.items[3].outcome", equalTo("MAIN_LIST"))
                .body("entries.items[3].reasons[0]", containsString("moved up from the reserve list"))
                .body("entries.items[3].reasons[0]", notNullValue());
    }
}
