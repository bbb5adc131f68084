package io.grantflow.cascade;

import io.grantflow.support.Concurrently;
import io.grantflow.support.Overloaded;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-come-first-served race of {@link FirstComeFirstServedConcurrencyTest} on a deliberately
 * small connection pool with a short acquisition timeout: requests the service cannot take in time are
 * answered 503 {@code overloaded} with Retry-After, having written nothing (never 500); clients retry
 * them with the same Idempotency-Key until each is decided, and each key has exactly one result.
 */
@QuarkusTest
@TestProfile(FirstComeFirstServedOverloadTest.SmallPool.class)
class FirstComeFirstServedOverloadTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "4",
                    "quarkus.datasource.jdbc.acquisition-timeout", "0.2S",
                    // the job acquisition and one job thread (they share this pool), so that the job executor
                    // cannot take every connection between the fixtures' requests
                    "quarkus.camunda.job-executor.thread-pool.max-pool-size", "2");
        }
    }

    /** Upper bound of retry rounds: only stops a hang, never judges speed. */
    private static final int MAX_ROUNDS = 500;

    @Test
    void overloadIs503AndRetriesWithTheSameKeyDecideEachApplicationOnce() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "100000.00");
        def.put("fixedAmount", "1000.00");
        def.put("firstTranchePercent", 100);
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        List<Sme> smes = new ArrayList<>();
        Map<Sme, String> keys = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            Sme s = GrantFixtures.sme(i % 2 == 0 ? "IT" : "EE");
            smes.add(s);
            keys.put(s, UUID.randomUUID().toString());
        }

        Map<Sme, Response> decided = new HashMap<>();
        List<Sme> pending = new ArrayList<>(smes);
        int overloaded = 0;
        int rounds = 0;
        while (!pending.isEmpty()) {
            assertThat(rounds++).as("retry rounds (a bound against a hang)").isLessThan(MAX_ROUNDS);
            List<Callable<Response>> requests = new ArrayList<>();
            for (Sme s : pending) {
                requests.add(() -> given().auth().oauth2(Tokens.token(s.user(), "sme")).contentType(ContentType.JSON)
                        .header("Idempotency-Key", keys.get(s)).body(application(s, null, null))
                        .post("/api/open-calls/{id}/applications", call));
            }
            List<Response> responses = Concurrently.run(requests);
            List<Sme> again = new ArrayList<>();
            int retryAfter = 0;
            for (int i = 0; i < pending.size(); i++) {
                Response r = responses.get(i);
                if (r.statusCode() == 503) {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.jsonPath().getString("code")).isEqualTo("overloaded");
                    assertThat(r.header("Retry-After")).as("Retry-After").matches("[1-9][0-9]*");
                    retryAfter = Math.max(retryAfter, Integer.parseInt(r.header("Retry-After")));
                    overloaded++;
                    again.add(pending.get(i));
                } else {
                    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
                    decided.put(pending.get(i), r);
                }
            }
            pending = again;
            if (!pending.isEmpty()) {
                Thread.sleep(retryAfter * 1000L); // as a client honouring Retry-After does; no assertion on time
            }
        }
        System.out.printf("OVERLOAD 300 applications on a pool of 4: %d answers 503 overloaded, %d rounds%n",
                overloaded, rounds);

        Set<Long> ids = new HashSet<>();
        int awarded = 0;
        int refused = 0;
        for (Sme s : smes) {
            Response r = decided.get(s);
            ids.add(r.jsonPath().getLong("id"));
            if ("AWARDED".equals(r.jsonPath().getString("status"))) {
                awarded++;
            } else {
                assertThat(r.jsonPath().getString("status")).isEqualTo("REFUSED");
                assertThat(r.jsonPath().getList("refusals.code")).containsExactly("envelope_exhausted");
                refused++;
            }
        }
        assertThat(ids).as("one application per key").hasSize(300);
        assertThat(awarded).isEqualTo(100);
        assertThat(refused).isEqualTo(200);
        // a replay of a decided key gives the same result again, not a second application
        Sme first = smes.get(0);
        Response replay = Overloaded.retried(() -> given().auth().oauth2(Tokens.token(first.user(), "sme"))
                .contentType(ContentType.JSON).header("Idempotency-Key", keys.get(first)).body(application(first, null, null))
                .post("/api/open-calls/{id}/applications", call));
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getLong("id")).isEqualTo(decided.get(first).jsonPath().getLong("id"));

        // nothing of a 503 was written: exactly 300 applications, the envelope exact, the ledger balanced
        String coordinator = g.consortium().coordinatorUser();
        assertThat(Overloaded.retried(() -> as(coordinator).get("/api/open-calls/{id}/applications?size=1", call))
                .jsonPath().getLong("totalItems")).isEqualTo(300);
        Response envelope = Overloaded.retried(() -> as(coordinator).get("/api/open-calls/{id}", call));
        assertThat(envelope.jsonPath().getString("committed")).isEqualTo("100000.00");
        assertThat(envelope.jsonPath().getString("available")).isEqualTo("0.00");
        Response reconciliation = Overloaded.retried(() -> given().auth().oauth2(Tokens.officer())
                .get("/api/budgets/reconciliation"));
        assertThat(reconciliation.statusCode()).isEqualTo(200);
        assertThat(reconciliation.jsonPath().getBoolean("balanced")).as(reconciliation.asString()).isTrue();
    }
}
