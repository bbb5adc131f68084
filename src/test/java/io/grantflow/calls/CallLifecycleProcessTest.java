package io.grantflow.calls;

import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.equalTo;

/** The call-lifecycle process, through the API and the real engine with its job executor. */
@QuarkusTest
class CallLifecycleProcessTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }


    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    @Inject
    ManagementService managementService;

    @Test
    void opensAndClosesEachCutOffOnceEvenWhenPublishedTwice() {
        init(engine);
        // instants far enough ahead that no machine is too slow to see the call forthcoming; the
        // business clock then passes them and the test fires the process's timers itself
        Instant now = Instant.now();
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("submissionModel", "MULTIPLE_CUTOFFS");
        call.put("budget", "1000000.00");
        call.put("minGrant", null);
        call.put("maxGrant", null);
        call.put("opensAt", now.plus(Duration.ofHours(1)).toString());
        call.put("deadlines", List.of(
                Map.of("at", now.plus(Duration.ofHours(2)).toString(), "budget", "500000.00"),
                Map.of("at", now.plus(Duration.ofHours(3)).toString(), "budget", "500000.00")));
        String id = CallFixtures.create(call);

        CallFixtures.publish(id);
        CallFixtures.publish(id); // idempotent: no second process, no second timer
        given().get("/api/calls/{id}", id).then().body("status", equalTo("FORTHCOMING"));

        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.CALL_LIFECYCLE).processInstanceBusinessKey(id).singleResult();
        assertThat(instance).isWaitingAt("wait-opening");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count())
                .isEqualTo(1);

        TestClock.advance(Duration.ofHours(4));
        int fired = fireTimersUntilEnded(instance);
        assertThat(fired).isEqualTo(3); // opening and two cut-offs, each once

        JsonPath closed = given().get("/api/calls/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getList("lifecycle.event", String.class))
                .containsExactly("OPENED", "BATCH_CLOSED", "BATCH_CLOSED", "CLOSED");
        assertThat(closed.getList("lifecycle.deadlineIndex", Integer.class)).containsExactly(null, 0, 1, null);
        assertThat(closed.getString("openedAt")).isNotNull();
        assertThat(closed.getString("deadlines[1].batchClosedAt")).isNotNull();

        assertThat(instance).isEnded();
        assertThat(instance).hasPassedInOrder("open-call", "close-batch", "close-batch", "close-call");
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.CALL_LIFECYCLE).processInstanceBusinessKey(id).count())
                .isEqualTo(1);
    }

    /** Executes the instance's timer jobs, one wait state after the other (no step of it is asynchronous). */
    private int fireTimersUntilEnded(ProcessInstance instance) {
        int fired = 0;
        for (int step = 0; step < 10; step++) {
            List<Job> timers = managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
            if (timers.isEmpty()) {
                return fired;
            }
            for (Job timer : timers) {
                managementService.executeJob(timer.getId());
                fired++;
            }
        }
        throw new AssertionError("the process still waits on timers after 10 steps");
    }

    @Test
    void aSingleStageCallOpensAndClosesAtItsInstants() {
        init(engine);
        Instant now = Instant.now();
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("opensAt", now.plus(Duration.ofHours(1)).toString());
        call.put("deadlines", List.of(Map.of("at", now.plus(Duration.ofHours(2)).toString())));
        String id = CallFixtures.create(call);
        CallFixtures.publish(id);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.CALL_LIFECYCLE).processInstanceBusinessKey(id).singleResult();

        // time passes on the business clock; the engine's own job executor fires each timer once it is due
        TestClock.advance(Duration.ofHours(3));
        Await.until(() -> dueNow(instance), ended -> ended, Duration.ofMinutes(5), "call " + id + " closing");

        JsonPath closed = awaitStatus(id, "CLOSED", Duration.ofSeconds(20));
        // the process itself recorded the steps: the status alone would follow the instants
        awaitLifecycle(id, List.of("OPENED", "BATCH_CLOSED", "CLOSED"), Duration.ofSeconds(20));
        assertThat(closed.getString("closedAt")).isNotNull();
        Instant closedAt = java.time.OffsetDateTime.parse(
                given().get("/api/calls/{id}", id).jsonPath().getString("closedAt")).toInstant();
        assertThat(closedAt).isAfterOrEqualTo(now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS));
    }

    /** Makes the instance's waiting timer due now (for the job executor); true once the instance has ended. */
    private boolean dueNow(ProcessInstance instance) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0) {
            return true;
        }
        for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            if (timer.getDuedate().after(new java.util.Date())) {
                managementService.setJobDuedate(timer.getId(), new java.util.Date());
            }
        }
        return false;
    }

    @Test
    void publishingADraftWhoseDeadlinePassedIsRefused() {
        Instant now = Instant.now();
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("opensAt", now.minusSeconds(60).toString());
        call.put("deadlines", List.of(Map.of("at", now.plus(Duration.ofHours(1)).toString())));
        String id = CallFixtures.create(call);
        TestClock.advance(Duration.ofHours(2)); // the business clock passes the deadline, however slow the machine
        given().auth().oauth2(Tokens.officer()).post("/api/calls/{id}/publish", id)
                .then().statusCode(422).body("violations[0].code", equalTo("deadline_in_past"));
        given().auth().oauth2(Tokens.officer()).get("/api/calls/{id}", id)
                .then().body("status", equalTo("DRAFT"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void publishingIsForOfficersOnly() {
        String id = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        given().auth().oauth2(Tokens.applicant()).contentType(ContentType.JSON).post("/api/calls/{id}/publish", id)
                .then().statusCode(403);
        given().post("/api/calls/{id}/publish", id).then().statusCode(401);
        given().auth().oauth2(Tokens.officer()).post("/api/calls/{id}/publish", "NO-SUCH-CALL").then().statusCode(404);
    }

    private static JsonPath awaitStatus(String id, String status, Duration timeout) {
        return Await.until(() -> given().get("/api/calls/{id}", id).then().statusCode(200).extract().jsonPath(),
                body -> status.equals(body.getString("status"))
                        && (!"CLOSED".equals(status) || body.getString("closedAt") != null),
                timeout, "call " + id + " becoming " + status);
    }

    private static void awaitLifecycle(String id, List<String> events, Duration timeout) {
        Await.until(() -> given().get("/api/calls/{id}", id).jsonPath().getList("lifecycle.event", String.class),
                events::equals, timeout, "lifecycle of " + id + " reaching " + events);
    }
}
