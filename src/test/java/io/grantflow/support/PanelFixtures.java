package io.grantflow.support;

import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.expert;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.hamcrest.Matchers.equalTo;

/** Evaluated open calls with a panel (docs/cascade.md, "Evaluated open calls"), made through the API. */
public final class PanelFixtures {

    private PanelFixtures() {
    }

    /** Relevance (threshold 3) and Impact (threshold 2.5), weights 1, overall threshold 6, averaged. */
    public static Map<String, Object> terms(int evaluators) {
        Map<String, Object> t = new HashMap<>();
        t.put("criteria", List.of(Map.of("name", "Relevance", "weight", 1, "threshold", 3),
                Map.of("name", "Impact", "weight", 1, "threshold", 2.5)));
        t.put("overallThreshold", 6);
        t.put("evaluatorsPerApplication", evaluators);
        t.put("scoring", "AVERAGE");
        t.put("minCommentLength", 5);
        return t;
    }

    /** A voucher call up to EUR 2,000.00 per application, evaluated by {@code evaluators} of its panel. */
    public static long panelCall(SignedGrant g, String budget, int evaluators) {
        return panelCall(g, budget, evaluators, "AVERAGE");
    }

    /** {@link #panelCall(SignedGrant, String, int)} with the scores combined by {@code scoring}. */
    public static long panelCall(SignedGrant g, String budget, int evaluators, String scoring) {
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", budget);
        def.put("maxAmount", "2000.00");
        Map<String, Object> t = terms(evaluators);
        t.put("scoring", scoring);
        def.put("evaluation", t);
        return createOpenCall(g, def).then().statusCode(201).body("evaluation.scoring", equalTo(scoring))
                .extract().jsonPath().getLong("id");
    }

    /** An SME's application to the call; it waits for the decision. */
    public static long apply(long call, String amount) {
        Sme sme = GrantFixtures.sme("IT");
        return asSme(sme).body(application(sme, amount, null)).post("/api/open-calls/{id}/applications", call).then()
                .statusCode(201).body("status", equalTo("UNDER_REVIEW")).extract().jsonPath().getLong("id");
    }

    /** Requests as an evaluator of the pool: an expert (evaluator role) or a consortium member (applicant role). */
    public static RequestSpecification asEvaluator(String user) {
        return user.startsWith("expert") ? expert(user) : as(user);
    }

    /** The evaluator's assignment to the application that is not a declared conflict; null when none. */
    public static Long assignmentOf(String user, long application) {
        JsonPath mine = asEvaluator(user).get("/api/evaluator/application-assignments?size=100").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = mine.getList("items");
        return items.stream().filter(i -> ((Number) i.get("application")).longValue() == application
                        && !"CONFLICT_DECLARED".equals(i.get("status")))
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElse(null);
    }

    /** The evaluator declares no conflict, scores both criteria with a comment and submits. */
    public static void evaluate(String user, long assignment, Object relevance, Object impact) {
        asEvaluator(user).body(Map.of("conflict", false)).post("/api/evaluator/application-assignments/{id}/conflict-declaration",
                assignment).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        asEvaluator(user).body(Map.of("scores", List.of(
                        Map.of("criterion", "Relevance", "score", relevance, "comment", "Fits the call's aims"),
                        Map.of("criterion", "Impact", "score", impact, "comment", "Credible export plan"))))
                .put("/api/evaluator/application-assignments/{id}/scores", assignment).then().statusCode(200);
        asEvaluator(user).post("/api/evaluator/application-assignments/{id}/submit", assignment).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }
}
