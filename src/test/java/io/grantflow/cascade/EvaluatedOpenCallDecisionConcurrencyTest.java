package io.grantflow.cascade;

import io.grantflow.support.Concurrently;
import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.ProposalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.PanelFixtures.apply;
import static io.grantflow.support.PanelFixtures.assignmentOf;
import static io.grantflow.support.PanelFixtures.evaluate;
import static io.grantflow.support.PanelFixtures.panelCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two decisions on the same ranking at once (two consortium members, or a resent request): they queue on the open
 * call's row lock; the main list is awarded once, the budget is never committed twice, the reserve keeps its place.
 */
@QuarkusTest
class EvaluatedOpenCallDecisionConcurrencyTest {

    @Test
    void twoDecisionsAtOnceAwardTheMainListOnce() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        String expert = ProposalFixtures.user("expert");
        EvaluationFixtures.registerExpert(expert, null, List.of());
        long call = panelCall(g, "4000.00", 1);
        List<Long> apps = List.of(apply(call, "2000.00"), apply(call, "2000.00"), apply(call, "2000.00"));
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();
        as(coordinator).body(Map.of("evaluators", List.of(expert))).put("/api/open-calls/{id}/evaluators", call).then()
                .statusCode(200);
        as(coordinator).post("/api/open-calls/{id}/assignments", call).then().statusCode(200).body("assigned", equalTo(3));
        evaluate(expert, assignmentOf(expert, apps.get(0)), 5, 5);
        evaluate(expert, assignmentOf(expert, apps.get(1)), 4.5, 4.5);
        evaluate(expert, assignmentOf(expert, apps.get(2)), 4, 4);

        List<Callable<Response>> decisions = List.of(
                () -> as(coordinator).post("/api/open-calls/{id}/ranking/decision", call),
                () -> as(partner).post("/api/open-calls/{id}/ranking/decision", call));
        List<Response> answers = Concurrently.run(decisions);

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
        for (Response r : answers) {
            assertThat(r.jsonPath().getList("ranked.application", Long.class)).containsExactly(apps.get(2));
            assertThat(r.jsonPath().getInt("ranked[0].reservePosition")).isEqualTo(1);
        }
        as(coordinator).get("/api/open-calls/{id}", call).then().body("committed", equalTo("4000.00"))
                .body("available", equalTo("0.00"));
        as(coordinator).get("/api/applications/{id}", apps.get(0)).then().body("status", equalTo("AWARDED"));
        as(coordinator).get("/api/applications/{id}", apps.get(1)).then().body("status", equalTo("AWARDED"));
        as(coordinator).get("/api/applications/{id}", apps.get(2)).then().body("status", equalTo("UNDER_REVIEW"));
        officer().get("/api/budgets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }
}
