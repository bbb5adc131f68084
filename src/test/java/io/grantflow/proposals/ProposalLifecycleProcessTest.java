package io.grantflow.proposals;

import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.Deadlines;
import io.grantflow.support.TestClock;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every path of proposal-lifecycle.bpmn, driven through the API and the call's own deadline. */
@QuarkusTest
class ProposalLifecycleProcessTest {

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** An open call whose single deadline is {@code deadline}. */
    private static String callClosingAt(Instant deadline) {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("opensAt", Instant.now().minusSeconds(60).toString());
        def.put("deadlines", List.of(Map.of("at", deadline.toString())));
        String id = CallFixtures.create(def);
        CallFixtures.publish(id);
        return id;
    }

    private static String callClosingIn(int seconds) {
        return callClosingAt(Instant.now().plusSeconds(seconds));
    }

    @Test
    void eligibleAfterTheDeadlineThenWaitsForEvaluation() {
        init(engine);
        Instant deadline = Deadlines.ahead();
        String call = callClosingAt(deadline);
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200);
        assertThat(instance(id)).isWaitingAt("wait-deadline");
        Deadlines.pass(deadline);

        JsonPath after = awaitStatus(c, id, "ELIGIBLE");
        assertThat(after.getString("processStep")).isEqualTo("Waiting for evaluation");
        assertThat(after.getList("timeline.step", String.class))
                .containsSubsequence("SUBMITTED", "DEADLINE_PASSED", "ELIGIBILITY_CONFIRMED");
        assertThat(instance(id)).isWaitingAt("wait-evaluation");
        assertThat(instance(id)).hasPassed("recheck-eligibility");

        // after the deadline the proposal is locked
        as(c.coordinatorUser()).body(ProposalFixtures.content(c, "750000.00", "277777.78"))
                .put("/api/proposals/{id}", id).then().statusCode(409).body("code", equalTo("proposal_locked"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(409);
    }

    @Test
    void ineligibleAtTheRecheckEndsTheProcess() {
        init(engine);
        Instant deadline = Deadlines.ahead();
        String call = callClosingAt(deadline);
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200);
        // a registration corrected after submission: the partner turns out to be established outside the call's countries
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update grantflow.organisation set country = 'US' where id = " + c.partner1()).executeUpdate());
        Deadlines.pass(deadline);

        JsonPath after = awaitStatus(c, id, "INELIGIBLE");
        assertThat(after.getList("timeline.detail", String.class)).anyMatch(d -> d != null && d.contains("country_not_eligible"));
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PROPOSAL_LIFECYCLE).processInstanceBusinessKey(String.valueOf(id))
                .singleResult();
        assertThat(history.getEndTime()).isNotNull();
        assertThat(history.getEndActivityId()).isEqualTo("ineligible");
    }

    @Test
    void withdrawalEndsTheProcessBeforeTheDeadline() {
        init(engine);
        String call = callClosingIn(600);
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200);
        var process = instance(id);
        as(c.coordinatorUser()).post("/api/proposals/{id}/withdraw", id).then().statusCode(200)
                .body("timeline.step", hasItem("WITHDRAWN"));
        assertThat(process).isEnded();
        assertThat(process).hasPassed("withdrawn-start", "withdrawn");
        assertThat(process).hasNotPassed("recheck-eligibility");
    }

    @Test
    void aDraftIsNotSubmittedAfterTheDeadlineAndStartsNoProcess() {
        String call = callClosingIn(3600);
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        TestClock.advance(Duration.ofHours(2)); // the business clock passes the deadline, however slow the machine
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(422)
                .body("violations.code", hasItem("deadline_passed"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROPOSAL_LIFECYCLE)
                .processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
    }

    @Test
    void stageTwoIsOnlyForInvitedConsortia() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        Instant now = Instant.now();
        def.put("submissionModel", "TWO_STAGE");
        def.put("opensAt", now.minusSeconds(60).toString());
        def.put("deadlines", List.of(Map.of("at", now.plus(Duration.ofHours(1)).toString()),
                Map.of("at", now.plus(Duration.ofHours(10)).toString())));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        Consortium c = ProposalFixtures.consortium();
        long stage1 = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).get("/api/proposals/{id}", stage1).then().body("stage", equalTo(1));
        TestClock.advance(Duration.ofHours(2)); // past the stage-1 deadline on the business clock

        long stage2 = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).get("/api/proposals/{id}", stage2).then().body("stage", equalTo(2));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", stage2).then().statusCode(422)
                .body("violations.code", equalTo(List.of("not_invited_to_stage_2")));

        // the evaluation of stage 1 (a later feature) invites the consortium
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update grantflow.proposal set status = 'INVITED_TO_STAGE_2' where id = " + stage1).executeUpdate());
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", stage2).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    private org.camunda.bpm.engine.runtime.ProcessInstance instance(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROPOSAL_LIFECYCLE)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private static JsonPath awaitStatus(Consortium c, long id, String status) {
        return Await.until(() -> as(c.coordinatorUser()).get("/api/proposals/{id}", id).then().statusCode(200)
                        .extract().jsonPath(), body -> status.equals(body.getString("status")),
                Duration.ofSeconds(40), "proposal " + id + " becoming " + status);
    }
}
