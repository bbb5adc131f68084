package io.grantflow.support;

import io.grantflow.support.ProposalFixtures.Consortium;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static io.grantflow.support.ProposalFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * An EEN-like programme call with two cut-offs (EUR 2,000,000 and EUR 1,000,000 of EUR 3,000,000), all through
 * the API. It moves the business clock past the first cut-off: a test that uses it resets {@link TestClock}.
 */
public final class CutoffFixtures {

    private CutoffFixtures() {
    }

    /** The call with its first cut-off passed and ranked (one proposal of EUR 1,000,000 on the main list), not awarded. */
    public static String rankedFirstCutoff() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("10000000.00"));
        def.put("title", "EEN-like test call with cut-offs");
        def.put("submissionModel", "MULTIPLE_CUTOFFS");
        def.put("budget", "3000000.00");
        def.put("minGrant", null);
        def.put("maxGrant", null);
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        Instant first = Deadlines.ahead();
        def.put("opensAt", TestClock.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
        def.put("deadlines", List.of(Map.of("label", "Cut-off 1", "at", first.toString(), "budget", "2000000.00"),
                Map.of("label", "Cut-off 2", "at", first.plus(Duration.ofDays(90)).toString(), "budget", "1000000.00")));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78"); // EUR 1,000,000
        content.put("acronym", "EEN-ONE");
        long p = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", p).then().statusCode(200);
        Deadlines.pass(first);
        Await.until(() -> as(c.coordinatorUser()).get("/api/proposals/{id}", p).jsonPath().getString("status"),
                "ELIGIBLE"::equals, Duration.ofSeconds(40), "proposal " + p + " eligible");
        EvaluationFixtures.evaluateAll(call, List.of(p), List.of(rqi(4, 4, 4)));
        officer().post("/api/calls/{id}/ranking?cutoff=0", call).then().statusCode(200)
                .body("budget", equalTo("2000000.00")).body("entries.items.outcome", contains("MAIN_LIST"));
        return call;
    }

    /** Awards the first cut-off's batch: it is decided, EUR 1,000,000 committed, EUR 1,000,000 unused. */
    public static void awardFirstCutoff(String call) {
        officer().header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/calls/{id}/award?cutoff=0", call)
                .then().statusCode(200).body("committed", equalTo("1000000.00"));
    }

    /** The call with its first cut-off awarded. */
    public static String decidedFirstCutoff() {
        String call = rankedFirstCutoff();
        awardFirstCutoff(call);
        return call;
    }
}
