package io.grantflow.grants;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.Concurrently;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.grantflow.support.EvaluationFixtures.closedCallWithEligibleProposals;
import static io.grantflow.support.EvaluationFixtures.evaluateAll;
import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Awards, commitments and declines racing for one call's budget: it is never over-committed, nothing happens twice. */
@QuarkusTest
class AwardConcurrencyTest {

    /** A ranked call of EUR 2,000,000 with three proposals of EUR 1,000,000: two on the main list, one in reserve. */
    private static Map.Entry<String, List<Consortium>> rankedCall() {
        List<Consortium> consortia = List.of(ProposalFixtures.consortium(), ProposalFixtures.consortium(),
                ProposalFixtures.consortium());
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("budget", "2000000.00");
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        List<Long> ids = closedCallWithEligibleProposals(def, 6, consortia, List.of("ONE", "TWO", "THREE"));
        String call = (String) def.get("identifier"); // after: a retried fixture renames the call
        evaluateAll(call, ids, List.of(rqi(5, 5, 5), rqi(4, 4, 4), rqi(3.5, 3.5, 3.5)));
        officer().post("/api/calls/{id}/ranking", call).then().statusCode(200);
        return Map.entry(call, consortia);
    }

    @Test
    void concurrentAwardsAndCommitmentsNeverExceedTheCallBudget() throws Exception {
        var ranked = rankedCall();
        String call = ranked.getKey();
        long payee = MoneyFixtures.payeeOrganisation();
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> officer().header("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/calls/{id}/award", call));
            requests.add(() -> MoneyFixtures.commit(call, payee, "400000.00", UUID.randomUUID().toString()));
        }
        List<Response> responses = Concurrently.run(requests);
        for (Response r : responses) {
            assertThat(r.statusCode()).as(r.asString()).isIn(200, 201, 422);
        }
        var budget = officer().get("/api/budgets/calls/{id}", call).jsonPath();
        BigDecimal committed = new BigDecimal(budget.getString("committed"));
        assertThat(committed).isLessThanOrEqualTo(new BigDecimal("2000000.00"));
        long commitments = responses.stream().filter(r -> r.statusCode() == 201).count();
        List<Object> grants = officer().get("/api/grants?call=" + call).jsonPath().getList("items");
        // every award that succeeded saw the same grants; the budget holds exactly what was committed
        assertThat(grants.size()).isIn(0, 2);
        assertThat(committed).isEqualByComparingTo(new BigDecimal("1000000.00").multiply(BigDecimal.valueOf(grants.size()))
                .add(new BigDecimal("400000.00").multiply(BigDecimal.valueOf(commitments))));
        responses.stream().filter(r -> r.statusCode() == 200)
                .forEach(r -> assertThat(r.jsonPath().getList("grants")).hasSize(2));
    }

    @Test
    void aDeclineSentTwiceAtOnceReleasesOnceAndOffersTheReserveOnce() throws Exception {
        var ranked = rankedCall();
        String call = ranked.getKey();
        officer().header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/calls/{id}/award", call).then()
                .statusCode(200);
        long second = officer().get("/api/grants?call=" + call).jsonPath().getLong("items.find { it.acronym == 'TWO' }.id");
        Consortium two = ranked.getValue().get(1);
        List<Response> responses = Concurrently.times(6, () -> as(two.coordinatorUser())
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("reason", "no longer able"))
                .post("/api/grants/{id}/decline", second));
        for (Response r : responses) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
            assertThat(r.jsonPath().getString("status")).isEqualTo("DECLINED");
        }
        List<String> acronyms = officer().get("/api/grants?call=" + call).jsonPath().getList("items.acronym");
        assertThat(acronyms).containsExactly("ONE", "TWO", "THREE");
        officer().get("/api/budgets/calls/{id}", call).then()
                .body("committed", org.hamcrest.Matchers.equalTo("2000000.00"));
    }
}
