package io.grantflow.calls;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.Concurrently;
import io.grantflow.support.Tokens;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules that cap money, and publishing, under concurrent requests. */
@QuarkusTest
class CallConcurrencyTest {

    @Inject
    RuntimeService runtimeService;

    @Test
    void concurrentCallsCannotOverAllocateAProgramme() throws Exception {
        for (int round = 0; round < 5; round++) {
            String programme = CallFixtures.programme("50000000.00");
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> call = CallFixtures.euroclustersLike(programme);
                call.put("budget", "20000000.00");
                requests.add(() -> given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                        .post("/api/calls").statusCode());
            }
            List<Integer> statuses = Concurrently.run(requests);
            // 2 x 20m fit in 50m, a third does not: whatever the interleaving
            assertThat(statuses).containsExactlyInAnyOrder(201, 201, 422, 422);
            given().get("/api/programmes/{code}", programme).then()
                    .body("allocatedToCalls", org.hamcrest.Matchers.equalTo("40000000.00"));
        }
    }

    @Test
    void concurrentPublishesStartOneProcess() throws Exception {
        String id = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(() -> given().auth().oauth2(Tokens.officer()).post("/api/calls/{id}/publish", id).statusCode());
        }
        assertThat(Concurrently.run(requests)).containsOnly(200);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CALL_LIFECYCLE)
                .processInstanceBusinessKey(id).count()).isEqualTo(1);
    }

}
