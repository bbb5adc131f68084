package io.grantflow.grants;

import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.Deadlines;
import io.grantflow.support.TestClock;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.agree;
import static io.grantflow.support.EvaluationFixtures.assignedTo;
import static io.grantflow.support.EvaluationFixtures.awaitConsensusOpen;
import static io.grantflow.support.EvaluationFixtures.evaluate;
import static io.grantflow.support.EvaluationFixtures.expert;
import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.pool;
import static io.grantflow.support.EvaluationFixtures.scores;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * INNOSUP-01-like two-stage call: stage 1 scores Excellence and Impact only, threshold 4 each;
 * invitations stop where the requested amounts would pass the configured multiple of the budget
 * (here 2.5 × EUR 2,000,000); only invited consortia may submit at stage 2.
 */
@QuarkusTest
class TwoStageInvitationTest {

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Map<String, Object> ei(Object excellence, Object impact) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Excellence", excellence);
        m.put("Impact", impact);
        return m;
    }

    @Test
    void stageOneInvitesUpToTheConfiguredMultipleOfTheBudget() {
        List<Consortium> consortia = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            consortia.add(ProposalFixtures.consortium());
        }
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        Instant now = Instant.now();
        def.put("budget", "2000000.00");
        def.put("submissionModel", "TWO_STAGE");
        def.put("opensAt", now.minusSeconds(60).toString());
        Instant stage1Deadline = Deadlines.ahead();
        def.put("deadlines", List.of(Map.of("label", "Stage 1", "at", stage1Deadline.toString()),
                Map.of("label", "Stage 2", "at", now.plus(java.time.Duration.ofHours(10)).toString())));
        def.put("criteria", List.of(Map.of("name", "Excellence", "weight", 1, "threshold", 3),
                Map.of("name", "Impact", "weight", 1, "threshold", 3),
                Map.of("name", "Implementation", "weight", 1, "threshold", 3)));
        def.put("evaluation", Map.of("expertsPerProposal", 1, "stage2InvitationMultiple", 2.5));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        officer().get("/api/calls/{id}", call).then().body("evaluation.stage1Threshold", equalTo(4.0f))
                .body("evaluation.stage2InvitationMultiple", equalTo(2.5f));

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < consortia.size(); i++) {
            Consortium c = consortia.get(i);
            Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78"); // EUR 1,000,000
            content.put("acronym", "S1-" + i);
            long p = ProposalFixtures.draft(call, c, content);
            as(c.coordinatorUser()).post("/api/proposals/{id}/submit", p).then().statusCode(200).body("stage", equalTo(1));
            ids.add(p);
        }
        Deadlines.pass(stage1Deadline);
        for (int i = 0; i < ids.size(); i++) {
            Consortium c = consortia.get(i);
            long p = ids.get(i);
            Await.until(() -> as(c.coordinatorUser()).get("/api/proposals/{id}", p).jsonPath().getString("status"),
                    "ELIGIBLE"::equals, Duration.ofSeconds(40), "stage-1 proposal eligible");
        }

        List<String> experts = pool(call, 2);
        officer().body(Map.of("cutoff", 0)).post("/api/calls/{id}/assignments", call).then().statusCode(200)
                .body("evaluationsStarted", equalTo(7));
        // stage 1 knows only the first two criteria
        long p0 = ids.get(0);
        Map.Entry<String, Long> first = assignedTo(experts, p0).entrySet().iterator().next();
        expert(first.getKey()).body(Map.of("conflict", false))
                .post("/api/evaluator/assignments/{id}/conflict-declaration", first.getValue()).then().statusCode(200);
        expert(first.getKey()).body(Map.of("scores", scores(Map.of("Implementation", 4))))
                .put("/api/evaluator/assignments/{id}/scores", first.getValue()).then().statusCode(422)
                .body("violations.code", hasItem("unknown_criterion"));

        // totals 10, 9.5, 9, 9, 8.5, 8 pass; S1-6 has Excellence 3.5 < 4 and is rejected despite its total
        List<Map<String, Object>> stage1 = List.of(ei(5, 5), ei(5, 4.5), ei(4.5, 4.5), ei(4, 5), ei(4, 4.5), ei(4, 4),
                ei(3.5, 5));
        for (int i = 0; i < ids.size(); i++) {
            Map.Entry<String, Long> only = assignedTo(experts, ids.get(i)).entrySet().iterator().next();
            evaluate(only.getKey(), only.getValue(), stage1.get(i));
        }
        for (int i = 0; i < ids.size(); i++) {
            awaitConsensusOpen(ids.get(i));
            agree(ids.get(i), stage1.get(i));
        }

        officer().post("/api/calls/{id}/ranking", call).then().statusCode(422).body("code", equalTo("cutoff_required"));
        JsonPath r = officer().post("/api/calls/{id}/ranking?cutoff=0", call).then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("mode")).isEqualTo("STAGE_2_INVITATION");
        assertThat(r.getString("limit")).isEqualTo("5000000.00");
        assertThat(r.getList("criteria.name")).containsExactly("Excellence", "Impact");
        assertThat(r.getList("criteria.threshold", Float.class)).containsExactly(4.0f, 4.0f);
        assertThat(r.getList("entries.items.acronym")).containsExactly("S1-0", "S1-1", "S1-2", "S1-3", "S1-4", "S1-5",
                "S1-6");
        assertThat(r.getList("entries.items.outcome")).containsExactly("INVITED_TO_STAGE_2", "INVITED_TO_STAGE_2",
                "INVITED_TO_STAGE_2", "INVITED_TO_STAGE_2", "INVITED_TO_STAGE_2", "NOT_INVITED", "REJECTED");
        assertThat(r.getString("entries.items[2].tieBreak")).contains("Excellence 4.5 > 4.0");
        assertThat(r.getString("entries.items[6].reasons[0]")).isEqualTo("Excellence 3.5 is below its threshold 4.0");
        assertThat(r.getInt("line.lastPositionInside")).isEqualTo(5);
        assertThat(r.getString("line.totalInside")).isEqualTo("5000000.00");
        officer().header("Idempotency-Key", "stage1-" + call).post("/api/calls/{id}/award?cutoff=0", call).then()
                .statusCode(409).body("code", equalTo("not_a_funding_ranking"));

        // stage 2: the invited consortium submits, the one beyond the line is refused
        Consortium invited = consortia.get(0);
        Consortium notInvited = consortia.get(5);
        as(invited.coordinatorUser()).get("/api/proposals/{id}", ids.get(0)).then()
                .body("status", equalTo("INVITED_TO_STAGE_2"));
        as(notInvited.coordinatorUser()).get("/api/proposals/{id}", ids.get(5)).then().body("status", equalTo("NOT_INVITED"));
        Map<String, Object> full = ProposalFixtures.content(invited, "750000.00", "277777.78");
        long s2 = ProposalFixtures.draft(call, invited, full);
        as(invited.coordinatorUser()).post("/api/proposals/{id}/submit", s2).then().statusCode(200)
                .body("stage", equalTo(2));
        long refused = ProposalFixtures.draft(call, notInvited, ProposalFixtures.content(notInvited, "750000.00",
                "277777.78"));
        as(notInvited.coordinatorUser()).post("/api/proposals/{id}/submit", refused).then().statusCode(422)
                .body("violations.code", hasItem("not_invited_to_stage_2"));
    }
}
