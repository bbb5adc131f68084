package io.grantflow.proposals;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.Concurrently;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A burst of submit clicks makes one version and one process. */
@QuarkusTest
class ProposalConcurrencyTest {

    @Inject
    RuntimeService runtimeService;

    @Test
    void concurrentSubmitsOfTheSameContentMakeOneVersion() throws Exception {
        String call = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        CallFixtures.publish(call);
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));

        List<Integer> statuses = Concurrently.times(6, () ->
                as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).statusCode());
        assertThat(statuses).containsOnly(200);
        as(c.coordinatorUser()).get("/api/proposals/{id}/versions", id).then().statusCode(200)
                .body("items.number", equalTo(List.of(1)));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROPOSAL_LIFECYCLE)
                .processInstanceBusinessKey(String.valueOf(id)).count()).isEqualTo(1);
    }
}
