package io.grantflow.cascade;

import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.ProposalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.PanelFixtures.apply;
import static io.grantflow.support.PanelFixtures.asEvaluator;
import static io.grantflow.support.PanelFixtures.assignmentOf;
import static io.grantflow.support.PanelFixtures.evaluate;
import static io.grantflow.support.PanelFixtures.panelCall;
import static io.grantflow.support.PanelFixtures.terms;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * An evaluated open call with a panel, through the API (docs/cascade.md, "Evaluated open calls"): a pool of a
 * consortium member and two invited experts, two evaluators per application, a declared conflict replaced, averages,
 * thresholds, the budget line with a reserve list, the decision through the award path, the reserve promoted after a
 * withdrawal.
 */
@QuarkusTest
class EvaluatedOpenCallScenarioTest {

    @Test
    void twoEvaluatorsAThresholdAndAReserveList() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        String member = g.consortium().partnerUser();
        String expert1 = ProposalFixtures.user("expert");
        String expert2 = ProposalFixtures.user("expert");
        EvaluationFixtures.registerExpert(expert1, null, List.of());
        EvaluationFixtures.registerExpert(expert2, null, List.of());
        long call = panelCall(g, "5000.00", 2);
        as(coordinator).get("/api/open-calls/{id}", call).then().statusCode(200)
                .body("evaluation.criteria.name", contains("Relevance", "Impact"))
                .body("evaluation.criteria[0].threshold", equalTo(3.0f)).body("evaluation.evaluatorsPerApplication", equalTo(2));

        long a = apply(call, "2000.00");
        long b = apply(call, "2000.00");
        long c = apply(call, "2000.00");
        long d = apply(call, "2000.00");

        // the pool: a consortium member and two experts of the programme's pool; a stranger is refused
        as(coordinator).body(Map.of("evaluators", List.of(member, expert1, "nobody-" + expert2)))
                .put("/api/open-calls/{id}/evaluators", call).then().statusCode(422)
                .body("code", equalTo("invalid_evaluator_pool")).body("violations.code", contains("unknown_evaluator"));
        as(coordinator).body(Map.of("evaluators", List.of(member, expert1, expert2)))
                .put("/api/open-calls/{id}/evaluators", call).then().statusCode(200)
                .body("kind", contains("MEMBER", "EXPERT", "EXPERT"));
        // the single decision of one member no longer applies
        as(coordinator).body(Map.of("approve", true)).post("/api/applications/{id}/decision", a).then().statusCode(409)
                .body("code", equalTo("evaluated_by_panel"));

        as(coordinator).post("/api/open-calls/{id}/assignments", call).then().statusCode(200)
                .body("applications", equalTo(4)).body("assigned", equalTo(8)).body("shortfalls.size()", equalTo(0));
        as(coordinator).post("/api/open-calls/{id}/assignments", call).then().statusCode(200).body("assigned", equalTo(0));

        // before the declaration the evaluator sees who applies, not the application
        String first = List.of(member, expert1, expert2).stream().filter(u -> assignmentOf(u, a) != null).findFirst()
                .orElseThrow();
        long conflicted = assignmentOf(first, a);
        asEvaluator(first).get("/api/evaluator/application-assignments/{id}", conflicted).then().statusCode(200)
                .body("purpose", nullValue()).body("criteria.name", contains("Relevance", "Impact"));
        asEvaluator(first).body(Map.of("scores", List.of())).put("/api/evaluator/application-assignments/{id}/scores",
                conflicted).then().statusCode(403).body("code", equalTo("conflict_declaration_required"));
        asEvaluator(first).body(Map.of("conflict", true, "reason", "I advised this company last year"))
                .post("/api/evaluator/application-assignments/{id}/conflict-declaration", conflicted).then()
                .statusCode(200).body("status", equalTo("CONFLICT_DECLARED"));
        assertThat(assignmentOf(first, a)).isNull();
        List<String> panelOfA = List.of(member, expert1, expert2).stream().filter(u -> assignmentOf(u, a) != null).toList();
        assertThat(panelOfA).hasSize(2).doesNotContain(first); // the third evaluator took the slot over

        // A: 4.5 and 4.5 (9); B: 4 and 3.5 (7.5); C: Relevance 2 below 3; D: 3.25 and 3 (6.25, above 6)
        scoreAll(a, panelOfA, new Object[][]{{5, 5}, {4, 4}});
        as(coordinator).post("/api/open-calls/{id}/ranking/decision", call).then().statusCode(409)
                .body("code", equalTo("evaluations_pending"));
        scoreAll(b, panel(b, member, expert1, expert2), new Object[][]{{4, 4}, {4, 3}});
        scoreAll(c, panel(c, member, expert1, expert2), new Object[][]{{2, 5}, {2, 5}});
        scoreAll(d, panel(d, member, expert1, expert2), new Object[][]{{3.5, 3}, {3, 3}});

        JsonPath ranking = as(coordinator).get("/api/open-calls/{id}/ranking", call).then().statusCode(200)
                .body("limit", equalTo("5000.00")).body("pending.size()", equalTo(0)).extract().jsonPath();
        assertThat(ranking.getList("ranked.application", Long.class)).containsExactly(a, b, d, c);
        assertThat(ranking.getList("ranked.outcome", String.class))
                .containsExactly("MAIN_LIST", "MAIN_LIST", "RESERVE_LIST", "REJECTED");
        assertThat(ranking.getString("ranked[0].scores.Relevance")).isEqualTo("4.5");
        assertThat(ranking.getString("ranked[2].scores.Relevance")).isEqualTo("3.25");
        assertThat(ranking.getList("ranked[3].reasons", String.class)).containsExactly("Relevance 2.0 is below its threshold 3.0");

        JsonPath decided = as(coordinator).post("/api/open-calls/{id}/ranking/decision", call).then().statusCode(200)
                .extract().jsonPath();
        assertThat(decided.getList("ranked.application", Long.class)).containsExactly(d);
        assertThat(decided.getInt("ranked[0].reservePosition")).isEqualTo(1);
        as(coordinator).get("/api/applications/{id}", a).then().body("status", equalTo("AWARDED"))
                .body("awarded", equalTo("2000.00"));
        as(coordinator).get("/api/applications/{id}", b).then().body("status", equalTo("AWARDED"));
        as(coordinator).get("/api/applications/{id}", c).then().body("status", equalTo("REJECTED"))
                .body("timeline.detail", hasItem("Relevance 2.0 is below its threshold 3.0"));
        as(coordinator).get("/api/applications/{id}", d).then().body("status", equalTo("UNDER_REVIEW"));
        as(coordinator).get("/api/open-calls/{id}", call).then().body("committed", equalTo("4000.00"))
                .body("available", equalTo("1000.00"));
        long awardOfA = as(coordinator).get("/api/applications/{id}", a).then().extract().jsonPath().getLong("awardAccount");
        officer().get("/api/budgets/accounts/{id}", awardOfA).then().statusCode(200).body("committed", equalTo("2000.00"));

        // deciding again changes nothing while the budget does not reach the reserve
        as(coordinator).post("/api/open-calls/{id}/ranking/decision", call).then().statusCode(200)
                .body("ranked.outcome", contains("RESERVE_LIST"));
        as(coordinator).get("/api/open-calls/{id}", call).then().body("committed", equalTo("4000.00"));

        // A withdraws: its award is released, and the next decision awards the reserve
        String smeOfA = as(coordinator).get("/api/applications/{id}", a).then().extract().jsonPath().getString("applicant");
        ProposalFixtures.as(smeOfA).post("/api/applications/{id}/withdraw", a).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(coordinator).post("/api/open-calls/{id}/ranking/decision", call).then().statusCode(200)
                .body("ranked.size()", equalTo(0))
                .body("decided.application", containsInAnyOrder((int) a, (int) b, (int) c, (int) d));
        as(coordinator).get("/api/applications/{id}", d).then().body("status", equalTo("AWARDED"));
        as(coordinator).get("/api/open-calls/{id}", call).then().body("committed", equalTo("4000.00"));
        officer().get("/api/budgets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }

    @Test
    void aConsensusCallRanksWhatTheConsortiumAgreed() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        String expert1 = ProposalFixtures.user("expert");
        String expert2 = ProposalFixtures.user("expert");
        EvaluationFixtures.registerExpert(expert1, null, List.of());
        EvaluationFixtures.registerExpert(expert2, null, List.of());
        long call = panelCall(g, "5000.00", 2, "CONSENSUS");
        long app = apply(call, "2000.00");
        as(coordinator).body(Map.of("evaluators", List.of(expert1, expert2))).put("/api/open-calls/{id}/evaluators", call)
                .then().statusCode(200);
        as(coordinator).post("/api/open-calls/{id}/assignments", call).then().statusCode(200).body("assigned", equalTo(2));
        Map<String, Object> agreed = Map.of("scores", List.of(
                Map.of("criterion", "Relevance", "score", 4, "comment", "Agreed: relevant"),
                Map.of("criterion", "Impact", "score", 2, "comment", "Agreed: the plan is thin")));
        evaluate(expert1, assignmentOf(expert1, app), 5, 3);
        as(coordinator).body(agreed).put("/api/applications/{id}/consensus", app).then().statusCode(409)
                .body("code", equalTo("evaluations_pending"));
        evaluate(expert2, assignmentOf(expert2, app), 3, 2);
        as(coordinator).get("/api/open-calls/{id}/ranking", call).then().statusCode(200)
                .body("pending[0].reason", equalTo("the consensus is not recorded"));
        as(coordinator).body(Map.of("scores", List.of(Map.of("criterion", "Relevance", "score", 4))))
                .put("/api/applications/{id}/consensus", app).then().statusCode(422).body("code", equalTo("invalid_consensus"))
                .body("violations.code", containsInAnyOrder("comment_too_short", "criterion_not_scored", "comment_too_short"));
        as(coordinator).body(agreed).put("/api/applications/{id}/consensus", app).then().statusCode(200)
                .body("criteria[0].spread.divergent", equalTo(true)).body("criteria[0].score", equalTo(4));
        as(coordinator).get("/api/open-calls/{id}/ranking", call).then().statusCode(200)
                .body("ranked[0].outcome", equalTo("REJECTED"))
                .body("ranked[0].reasons", contains("Impact 2.0 is below its threshold 2.5"));
        as(coordinator).post("/api/open-calls/{id}/ranking/decision", call).then().statusCode(200);
        as(coordinator).get("/api/applications/{id}", app).then().body("status", equalTo("REJECTED"));
        as(coordinator).body(agreed).put("/api/applications/{id}/consensus", app).then().statusCode(409)
                .body("code", equalTo("application_not_under_review"));
    }

    @Test
    void evaluationTermsAreCheckedWithEveryViolation() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "5000.00");
        def.put("maxAmount", "2000.00");
        Map<String, Object> t = new java.util.HashMap<>(terms(9));
        t.put("criteria", List.of(Map.of("name", "Relevance", "weight", 0, "threshold", 5.5)));
        t.remove("scoring");
        def.put("evaluation", t);
        createOpenCall(g, def).then().statusCode(422).body("code", equalTo("invalid_open_call"))
                .body("violations.field", containsInAnyOrder("evaluation", "evaluation.criteria[0].weight",
                        "evaluation.criteria[0].threshold", "evaluation.overallThreshold",
                        "evaluation.evaluatorsPerApplication", "evaluation.scoring"));
    }

    private static List<String> panel(long application, String... pool) {
        return List.of(pool).stream().filter(u -> assignmentOf(u, application) != null).toList();
    }

    private static void scoreAll(long application, List<String> panel, Object[][] scores) {
        assertThat(panel).hasSize(2);
        for (int i = 0; i < panel.size(); i++) {
            evaluate(panel.get(i), assignmentOf(panel.get(i), application), scores[i][0], scores[i][1]);
        }
    }
}
