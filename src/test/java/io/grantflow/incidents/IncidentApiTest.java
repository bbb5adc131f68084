package io.grantflow.incidents;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.Tokens;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A step that failed all its retries is an incident officers see and retry through the API. */
@QuarkusTest
class IncidentApiTest {

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Test
    void aFailedJobIsListedWithItsBusinessKeyAndRetried() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        // opening in two days: its timer is not due, so the job executor leaves it alone while the test fails it
        def.put("opensAt", java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString());
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CALL_LIFECYCLE)
                .processInstanceBusinessKey(call).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(timer.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plusSeconds(3600)));
        managementService.setJobRetries(timer.getId(), 0); // as after its last failed attempt

        JsonPath list = officer().get("/api/incidents?size=100").then().statusCode(200).extract().jsonPath();
        String id = list.getString("items.find { it.businessKey == '" + call + "' }.id");
        assertThat(id).isNotNull();
        assertThat(list.getString("items.find { it.id == '" + id + "' }.process")).isEqualTo(ProcessKeys.CALL_LIFECYCLE);
        assertThat(list.getString("items.find { it.id == '" + id + "' }.type")).isEqualTo("failedJob");
        given().auth().oauth2(Tokens.applicant()).get("/api/incidents").then().statusCode(403);

        officer().post("/api/incidents/{id}/retry", id).then().statusCode(200).body("businessKey", equalTo(call));
        assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(1);
        officer().get("/api/incidents?size=100").then().body("items.businessKey", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(call)));
        officer().post("/api/incidents/{id}/retry", "no-such-incident").then().statusCode(404);
    }
}
