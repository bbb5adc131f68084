package io.grantflow.proposals;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        as(c.coordinatorUser()).get("/api/proposals/{id}/versions", id).then().statusCode(200)
                .body("number", equalTo(List.of(1)));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROPOSAL_LIFECYCLE)
                .processInstanceBusinessKey(String.valueOf(id)).count()).isEqualTo(1);
    }
}
