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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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

    @Test
    void opensAndClosesEachCutOffOnceEvenWhenPublishedTwice() {
        init(engine);
        Instant now = Instant.now();
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("submissionModel", "MULTIPLE_CUTOFFS");
        call.put("budget", "1000000.00");
        call.put("minGrant", null);
        call.put("maxGrant", null);
        call.put("opensAt", now.plusSeconds(2).toString());
        call.put("deadlines", List.of(
                Map.of("at", now.plusSeconds(4).toString(), "budget", "500000.00"),
                Map.of("at", now.plusSeconds(6).toString(), "budget", "500000.00")));
        String id = CallFixtures.create(call);

        CallFixtures.publish(id);
        CallFixtures.publish(id); // idempotent: no second process, no second timer
        given().get("/api/calls/{id}", id).then().body("status", equalTo("FORTHCOMING"));

        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.CALL_LIFECYCLE).processInstanceBusinessKey(id).singleResult();
        assertThat(instance).isWaitingAt("wait-opening");

        JsonPath closed = awaitStatus(id, "CLOSED", Duration.ofSeconds(40));
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

    @Test
    void aSingleStageCallOpensAndClosesAtItsInstants() {
        init(engine);
        Instant now = Instant.now();
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("opensAt", now.plusSeconds(1).toString());
        call.put("deadlines", List.of(Map.of("at", now.plusSeconds(3).toString())));
        String id = CallFixtures.create(call);
        CallFixtures.publish(id);

        awaitStatus(id, "OPEN", Duration.ofSeconds(20));
        JsonPath closed = awaitStatus(id, "CLOSED", Duration.ofSeconds(20));
        // the process itself recorded the steps: the status alone would follow the instants
        awaitLifecycle(id, List.of("OPENED", "BATCH_CLOSED", "CLOSED"), Duration.ofSeconds(20));
        assertThat(closed.getString("closedAt")).isNotNull();
        Instant closedAt = java.time.OffsetDateTime.parse(
                given().get("/api/calls/{id}", id).jsonPath().getString("closedAt")).toInstant();
        assertThat(closedAt).isAfterOrEqualTo(now.plusSeconds(3).truncatedTo(ChronoUnit.MILLIS));
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
