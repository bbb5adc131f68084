package io.grantflow.evaluation;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.agree;
import static io.grantflow.support.EvaluationFixtures.assignedTo;
import static io.grantflow.support.EvaluationFixtures.awaitConsensusOpen;
import static io.grantflow.support.EvaluationFixtures.closedCallWithEligibleProposals;
import static io.grantflow.support.EvaluationFixtures.evaluate;
import static io.grantflow.support.EvaluationFixtures.expert;
import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.pool;
import static io.grantflow.support.EvaluationFixtures.registerExpert;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Every path of proposal-evaluation.bpmn, driven through the API; its timers are fired as the job executor would. */
@QuarkusTest
class ProposalEvaluationProcessTest {

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    HistoryService historyService;

    /** A closed call whose proposals are evaluated by {@code experts} experts each; one eligible proposal per consortium. */
    private static Map.Entry<String, List<Long>> call(int experts, int proposals) {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("evaluation", Map.of("expertsPerProposal", experts, "evaluationDays", 10, "reminderDaysBefore", 2));
        List<Consortium> consortia = new java.util.ArrayList<>();
        List<String> acronyms = new java.util.ArrayList<>();
        for (int i = 0; i < proposals; i++) {
            consortia.add(ProposalFixtures.consortium());
            acronyms.add("PROC" + i);
        }
        List<Long> ids = closedCallWithEligibleProposals(def, 5, consortia, acronyms);
        return Map.entry((String) def.get("identifier"), ids);
    }

    private ProcessInstance evaluation(long proposal) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROPOSAL_EVALUATION)
                .processInstanceBusinessKey(String.valueOf(proposal)).singleResult();
    }

    private HistoricProcessInstance history(String key, long proposal) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(String.valueOf(proposal)).singleResult();
    }

    private long waitingSlots(String instance) {
        return runtimeService.createExecutionQuery().processInstanceId(instance).activityId("individual-evaluation").count();
    }

    private boolean passed(String instance, String activity) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(activity)
                .finished().count() > 0;
    }

    @Test
    void individualEvaluationsThenConsensusEndTheProcess() {
        init(engine);
        var call = call(2, 1);
        long p = call.getValue().get(0);
        List<String> experts = pool(call.getKey(), 2);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call.getKey()).then().statusCode(200)
                .body("expertsPerProposal", equalTo(2)).body("evaluationsStarted", equalTo(1));
        ProcessInstance instance = evaluation(p);
        assertThat(instance).isNotNull();
        assertThat(waitingSlots(instance.getId())).isEqualTo(2);
        // two timers per slot: the reminder and the escalation
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()).isEqualTo(4);

        Map<String, Long> assigned = assignedTo(experts, p);
        var it = assigned.entrySet().iterator();
        var first = it.next();
        evaluate(first.getKey(), first.getValue(), rqi(4, 4, 4));
        assertThat(waitingSlots(instance.getId())).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()).isEqualTo(2);
        var second = it.next();
        evaluate(second.getKey(), second.getValue(), rqi(3, 4, 5));
        awaitConsensusOpen(p);
        assertThat(runtimeService.createExecutionQuery().processInstanceId(instance.getId()).activityId("consensus")
                .count()).isEqualTo(1);
        as(ProposalFixtures.user("nobody")).get("/api/proposals/{id}", p).then().statusCode(404);

        agree(p, rqi(3.5, 4, 4.5));
        HistoricProcessInstance done = history(ProcessKeys.PROPOSAL_EVALUATION, p);
        assertThat(done.getEndTime()).isNotNull();
        assertThat(done.getEndActivityId()).isEqualTo("evaluated");
        assertThat(passed(instance.getId(), "remind-expert")).isFalse();
        assertThat(passed(instance.getId(), "escalate-overdue")).isFalse();
        HistoricProcessInstance lifecycle = history(ProcessKeys.PROPOSAL_LIFECYCLE, p);
        assertThat(lifecycle.getEndTime()).isNotNull();
        assertThat(lifecycle.getEndActivityId()).isEqualTo("evaluated");
    }

    @Test
    void theReminderAndThenTheEscalationFireForALateExpertOnly() {
        init(engine);
        var call = call(2, 1);
        long p = call.getValue().get(0);
        List<String> experts = pool(call.getKey(), 2);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call.getKey()).then().statusCode(200);
        ProcessInstance instance = evaluation(p);
        Map<String, Long> assigned = assignedTo(experts, p);
        var it = assigned.entrySet().iterator();
        var punctual = it.next();
        var late = it.next();
        evaluate(punctual.getKey(), punctual.getValue(), rqi(4, 4, 4));

        JsonPath before = officer().get("/api/calls/{id}/evaluations", call.getKey()).jsonPath();
        assertThat(before.getString("items[0].reminderAt")).isNotNull();
        officer().get("/api/calls/{id}/evaluations?overdue=true", call.getKey()).then().body("items", hasSize(0));

        // the reminder date comes: only the late expert's slot has a timer left
        List<Job> reminders = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId("reminder-due").list();
        assertThat(reminders).hasSize(1);
        managementService.executeJob(reminders.get(0).getId());
        assertThat(passed(instance.getId(), "remind-expert")).isTrue();
        JsonPath reminded = officer().get("/api/calls/{id}/evaluations", call.getKey()).jsonPath();
        assertThat(reminded.getString("items[0].assignments.find { it.assignmentId == " + late.getValue()
                + " }.remindedAt")).isNotNull();
        assertThat(reminded.getString("items[0].assignments.find { it.assignmentId == " + punctual.getValue()
                + " }.remindedAt")).isNull();
        assertThat(reminded.getBoolean("items[0].escalated")).isFalse();

        // the due date passes: the officers see the escalation; the expert can still submit
        List<Job> overdue = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId("overdue").list();
        assertThat(overdue).hasSize(1);
        managementService.executeJob(overdue.get(0).getId());
        assertThat(passed(instance.getId(), "escalate-overdue")).isTrue();
        officer().get("/api/calls/{id}/evaluations?overdue=true", call.getKey()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].escalated", equalTo(true))
                .body("items[0].submitted", equalTo(1));
        assertThat(waitingSlots(instance.getId())).isEqualTo(1);

        evaluate(late.getKey(), late.getValue(), rqi(3, 3, 3));
        awaitConsensusOpen(p);
        officer().get("/api/calls/{id}/evaluations?overdue=true", call.getKey()).then().body("items", hasSize(0));
    }

    @Test
    void aReplacementAfterAConflictTakesTheSlotOver() {
        init(engine);
        var call = call(1, 1);
        long p = call.getValue().get(0);
        List<String> experts = pool(call.getKey(), 2);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call.getKey()).then().statusCode(200)
                .body("created", equalTo(1));
        ProcessInstance instance = evaluation(p);
        String first = assignedTo(experts, p).keySet().iterator().next();
        expert(first).body(Map.of("conflict", true)).post("/api/evaluator/assignments/{id}/conflict-declaration",
                assignedTo(experts, p).get(first)).then().statusCode(200);
        Map<String, Long> now = assignedTo(experts, p);
        assertThat(now).hasSize(1).doesNotContainKey(first);
        assertThat(waitingSlots(instance.getId())).isEqualTo(1);
        var replacement = now.entrySet().iterator().next();
        evaluate(replacement.getKey(), replacement.getValue(), rqi(4, 4, 4));
        awaitConsensusOpen(p);
        officer().get("/api/proposals/{id}/consensus", p).then().body("criteria[0].individual", hasSize(1))
                .body("criteria[0].individual[0].assignmentId", equalTo(replacement.getValue().intValue()));
    }

    @Test
    void anEvaluationSubmittedBeforeTheLastSlotWasFilledCountsWhenTheProcessStarts() {
        init(engine);
        var call = call(2, 1);
        long p = call.getValue().get(0);
        List<String> experts = pool(call.getKey(), 1);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call.getKey()).then().statusCode(200)
                .body("evaluationsStarted", equalTo(0)).body("shortfalls[0].assigned", equalTo(1));
        assertThat(evaluation(p)).isNull();
        String early = experts.get(0);
        evaluate(early, assignedTo(experts, p).get(early), rqi(4, 4, 4));

        String late = "late-" + ProposalFixtures.user("x");
        long lateId = registerExpert(late, null, List.of());
        List<Long> poolIds = officer().get("/api/calls/{id}/experts?size=100", call.getKey()).jsonPath()
                .getList("items.id", Long.class);
        List<Long> bigger = new java.util.ArrayList<>(poolIds);
        bigger.add(lateId);
        officer().body(Map.of("experts", bigger)).put("/api/calls/{id}/experts", call.getKey()).then().statusCode(200);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call.getKey()).then().statusCode(200)
                .body("created", equalTo(1)).body("evaluationsStarted", equalTo(1));
        ProcessInstance instance = evaluation(p);
        assertThat(waitingSlots(instance.getId())).isEqualTo(1); // the early slot is already done
        evaluate(late, assignedTo(List.of(late), p).get(late), rqi(3, 3, 3));
        awaitConsensusOpen(p);
    }

    @Test
    void withdrawalDuringTheEvaluationCancelsIt() {
        init(engine);
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        Consortium c = ProposalFixtures.consortium();
        long p = closedCallWithEligibleProposals(def, 5, List.of(c), List.of("GONE")).get(0);
        String call = (String) def.get("identifier");
        pool(call, 1);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200);
        ProcessInstance instance = evaluation(p);
        assertThat(instance).isNotNull();
        as(c.coordinatorUser()).post("/api/proposals/{id}/withdraw", p).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertThat(evaluation(p)).isNull();
        HistoricProcessInstance lifecycle = history(ProcessKeys.PROPOSAL_LIFECYCLE, p);
        assertThat(lifecycle.getEndTime()).isNotNull();
        assertThat(passed(lifecycle.getId(), "withdrawn")).isTrue();
        assertThat(history(ProcessKeys.PROPOSAL_EVALUATION, p).getEndTime()).isNotNull();
    }
}
