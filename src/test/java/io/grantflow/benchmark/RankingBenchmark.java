package io.grantflow.benchmark;

import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.registerExpert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of {@code ./mvnw verify} (the class name matches neither *Test nor *IT):
 * ranks 10,000 proposals evaluated by 3 experts each through {@code POST /api/calls/{id}/ranking}.
 * Run it with {@code ./mvnw test -Dtest=RankingBenchmark}; it prints the figures and writes them to
 * {@code target/benchmark-ranking.txt}. The proposals, assignments, individual scores and consensus
 * scores are seeded in SQL (what the API would have produced); the ranking itself runs through the API.
 */
@QuarkusTest
class RankingBenchmark {

    private static final int PROPOSALS = 10_000;
    private static final int RUNS = 5;

    @Inject
    EntityManager em;

    @Test
    void rank10000ProposalsEvaluatedBy3ExpertsEach() throws Exception {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("9000000000.00"));
        Instant now = Instant.now();
        def.put("budget", "1500000000.00");
        def.put("maxGrant", "1400000.00");
        def.put("opensAt", now.minusSeconds(60).toString());
        def.put("deadlines", List.of(Map.of("at", now.plusSeconds(3).toString())));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        Await.until(() -> officer().get("/api/calls/{id}", call).jsonPath().getString("status"), "CLOSED"::equals,
                Duration.ofSeconds(30), "call closed");
        long coordinator = ProposalFixtures.organisation(ProposalFixtures.user("bench"), "Bench cluster", "BE",
                "CLUSTER_ORGANISATION");
        String tag = ProposalFixtures.user("b");
        List<Long> experts = List.of(registerExpert("b1-" + tag, null, List.of()),
                registerExpert("b2-" + tag, null, List.of()), registerExpert("b3-" + tag, null, List.of()));

        long seedStart = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> seed(call, coordinator, experts));
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        List<Double> seconds = new ArrayList<>();
        JsonPath last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = officer().post("/api/calls/{id}/ranking?size=100", call).then().statusCode(200).extract().jsonPath();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        long startGet = System.nanoTime();
        officer().get("/api/calls/{id}/ranking?page=50&size=100", call).then().statusCode(200);
        double getSeconds = (System.nanoTime() - startGet) / 1e9;

        Map<String, Integer> counts = last.getMap("counts");
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(PROPOSALS);
        assertThat(new BigDecimal(last.getString("line.totalInside"))).isLessThanOrEqualTo(new BigDecimal("1500000000.00"));
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        String report = String.format("ranking %d proposals x 3 experts (3 criteria) via REST: runs %s s; "
                        + "median %.3f s, best %.3f s; GET one page of 100: %.3f s; seeding %.1f s; outcome %s",
                PROPOSALS, seconds.stream().map(s -> String.format("%.3f", s)).toList(), sorted.get(RUNS / 2),
                sorted.get(0), getSeconds, seedSeconds, counts);
        System.out.println("BENCHMARK " + report);
        Files.writeString(Path.of("target", "benchmark-ranking.txt"), report + System.lineSeparator());
    }

    private void seed(String identifier, long coordinator, List<Long> experts) {
        Number callId = (Number) em.createNativeQuery("select id from grantflow.call where identifier = ?1")
                .setParameter(1, identifier).getSingleResult();
        em.createNativeQuery("insert into grantflow.proposal (call_id, coordinator_id, stage, deadline_index, acronym, "
                        + "title, status, requested_contribution, planned_sme_support, current_version, created_by, "
                        + "created_at, updated_at) select ?1, ?2, 1, 0, 'B' || g, 'Benchmark proposal ' || g, 'EVALUATED', "
                        + "(100000 + (g * 7919) % 1300000)::numeric(15, 2), (75000 + (g * 7919) % 975000)::numeric(15, 2), "
                        + "1, 'benchmark', now(), now() from generate_series(1, ?3) g")
                .setParameter(1, callId.longValue()).setParameter(2, coordinator).setParameter(3, PROPOSALS)
                .executeUpdate();
        em.createNativeQuery("insert into grantflow.proposal_evaluation (proposal_id, call_id, deadline_index, "
                        + "experts_required, status, started_at, due_at, reminder_at, consensus_opened_at, rapporteur, "
                        + "agreed_at) select id, call_id, 0, 3, 'AGREED', now(), now(), now(), now(), 'officer.bench', now() "
                        + "from grantflow.proposal where call_id = ?1")
                .setParameter(1, callId.longValue()).executeUpdate();
        for (int slot = 0; slot < experts.size(); slot++) {
            em.createNativeQuery("insert into grantflow.evaluation_assignment (proposal_id, expert_id, status, "
                            + "assigned_at, declared_at, saved_at, submitted_at, slot) select id, ?2, 'SUBMITTED', now(), "
                            + "now(), now(), now(), ?3 from grantflow.proposal where call_id = ?1")
                    .setParameter(1, callId.longValue()).setParameter(2, experts.get(slot)).setParameter(3, slot)
                    .executeUpdate();
        }
        // individual scores 2.5–5 in half points, spread pseudo-randomly; the consensus is their mean in half points
        em.createNativeQuery("insert into grantflow.evaluation_score (assignment_id, criterion, score, comment) "
                        + "select a.id, c.name, (5 + abs(hashtext(a.id || c.name)) % 6) / 2.0, 'benchmark comment' "
                        + "from grantflow.evaluation_assignment a join grantflow.proposal p on p.id = a.proposal_id "
                        + "join grantflow.call_criterion c on c.call_id = p.call_id where p.call_id = ?1")
                .setParameter(1, callId.longValue()).executeUpdate();
        em.createNativeQuery("insert into grantflow.consensus_score (proposal_id, criterion, score, comment) "
                        + "select a.proposal_id, s.criterion, round(avg(s.score) * 2) / 2, 'benchmark consensus' "
                        + "from grantflow.evaluation_score s join grantflow.evaluation_assignment a on a.id = s.assignment_id "
                        + "join grantflow.proposal p on p.id = a.proposal_id where p.call_id = ?1 "
                        + "group by a.proposal_id, s.criterion")
                .setParameter(1, callId.longValue()).executeUpdate();
        em.createNativeQuery("update grantflow.proposal_evaluation e set total = (select sum(score) from "
                        + "grantflow.consensus_score c where c.proposal_id = e.proposal_id) where call_id = ?1")
                .setParameter(1, callId.longValue()).executeUpdate();
    }
}
