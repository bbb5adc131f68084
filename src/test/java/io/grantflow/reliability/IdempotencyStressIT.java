package io.grantflow.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.grantflow.support.Tokens;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Payment commands whose Idempotency-Key is sent 2 to 50 times at once, as retrying clients and
 * double clicks do; the packaged service is killed (SIGKILL) halfway and started again, the
 * commands without an answer are sent again, and a sample of keys is replayed after the restart.
 * Every key must give one order, and every order one transfer. Size: {@code stress.idempotency.keys}
 * (CI 300, full 10,000).
 */
class IdempotencyStressIT {

    private static final int KEYS = Integer.getInteger("stress.idempotency.keys", 300);
    private static final int COMMITMENTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceNode node;

    @AfterAll
    static void stop() {
        RestAssured.reset();
        if (node != null) {
            node.stop();
        }
    }

    record Answer(int status, long id, boolean replayed) {
    }

    @Test
    void everyKeySentManyTimesAtOnceAndAfterARestartMakesOneOrderAndOneTransfer() throws Exception {
        StressDatabase db = StressDatabase.fresh("grantflow_idempotency");
        node = new ServiceNode("idempotency", db, Map.of("QUARKUS_CAMUNDA_JOB_EXECUTOR_GENERIC_CONFIG_LOCK_TIME_IN_MILLIS",
                "5000")).start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = node.port();
        String call = MoneyFixtures.publishedCall("30000000.00");
        long[] commitments = new long[COMMITMENTS];
        for (int c = 0; c < COMMITMENTS; c++) {
            commitments[c] = MoneyFixtures.commitment(call, "1000000.00");
        }
        String alice = Tokens.token("officer-alice", "officer");
        Random random = new Random(Long.getLong("stress.seed", System.nanoTime()));
        String[] bodies = new String[KEYS];
        for (int k = 0; k < KEYS; k++) {
            bodies[k] = JSON.writeValueAsString(Map.of("account", commitments[k % COMMITMENTS], "payeeName", "SME " + k,
                    "iban", "BE71 0961 2345 6769", "amount", (k % 50 + 1) + ".25", "purpose", "Voucher",
                    "reference", "idem-" + k));
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16))
                .connectTimeout(Duration.ofSeconds(2)).build();
        Map<Integer, ConcurrentLinkedQueue<Answer>> answers = new ConcurrentHashMap<>();
        Set<Integer> unanswered = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(64);
        AtomicInteger requests = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();

        long t0 = System.nanoTime();
        for (int k = 0; k < KEYS; k++) {
            if (k == KEYS / 2) { // a crash with requests in flight
                node.kill();
                node.start();
            }
            int copies = 2 + random.nextInt(49);
            for (int c = 0; c < copies; c++) {
                inFlight.acquire();
                pending.add(send(http, alice, k, bodies[k], answers, unanswered, unexpected, requests)
                        .whenComplete((r, e) -> inFlight.release()));
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        int lostAnswers = unanswered.size();
        // the clients that got no answer send again: several times at once, with the same key
        while (!unanswered.isEmpty()) {
            List<CompletableFuture<?>> again = new ArrayList<>();
            for (int k : List.copyOf(unanswered)) {
                unanswered.remove(k);
                again.add(send(http, alice, k, bodies[k], answers, unanswered, unexpected, requests));
                again.add(send(http, alice, k, bodies[k], answers, unanswered, unexpected, requests));
            }
            CompletableFuture.allOf(again.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        }
        double sendSeconds = (System.nanoTime() - t0) / 1e9;

        // and some are replayed once more after another restart
        node.kill();
        node.start();
        List<CompletableFuture<?>> replays = new ArrayList<>();
        Map<Integer, ConcurrentLinkedQueue<Answer>> afterRestart = new ConcurrentHashMap<>();
        for (int k = 0; k < KEYS; k += 7) {
            for (int c = 0; c < 3; c++) {
                replays.add(send(http, alice, k, bodies[k], afterRestart, unanswered, unexpected, requests));
            }
        }
        CompletableFuture.allOf(replays.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);

        assertThat(unexpected).as("answers other than 201").isEmpty();
        assertThat(unanswered).isEmpty();
        Map<Long, Integer> keyOfOrder = new java.util.HashMap<>();
        for (int k = 0; k < KEYS; k++) {
            Set<Long> ids = new HashSet<>();
            answers.get(k).forEach(a -> ids.add(a.id()));
            assertThat(ids).as("orders for key %d", k).hasSize(1);
            long id = ids.iterator().next();
            assertThat(keyOfOrder.put(id, k)).as("order %d answered to two keys", id).isNull();
            ConcurrentLinkedQueue<Answer> later = afterRestart.get(k);
            if (later != null) {
                assertThat(later).allSatisfy(a -> {
                    assertThat(a.id()).isEqualTo(id);
                    assertThat(a.replayed()).isTrue();
                });
            }
        }
        assertThat(db.count("select count(*) from grantflow.payment_order")).isEqualTo(KEYS);
        assertThat(db.count("select count(*) from grantflow.idempotency_key where scope = 'payment:officer-alice'"))
                .isEqualTo(KEYS);

        // every order approved (in batches) and executed: one transfer each
        String bob = Tokens.token("officer-bob", "officer");
        List<Long> ids = new ArrayList<>(keyOfOrder.keySet());
        for (int from = 0; from < ids.size(); from += 100) {
            RestAssured.given().auth().oauth2(bob).contentType("application/json")
                    .body(Map.of("orders", ids.subList(from, Math.min(ids.size(), from + 100))))
                    .post("/api/payments/approve-batch").then().statusCode(200);
        }
        db.awaitZero("select count(*) from grantflow.payment_order where status <> 'PAID'", Duration.ofMinutes(10));
        assertThat(db.count("select count(*) from grantflow.payment_order where status = 'PAID'")).isEqualTo(KEYS);
        assertThat(db.count("select count(*) from grantflow.ledger_transfer where kind = 'PAYMENT'")).isEqualTo(KEYS);
        assertThat(db.count("select count(*) from grantflow.payment_order o join grantflow.ledger_transfer t on "
                + "t.reference = 'payment-order:' || o.id and t.kind = 'PAYMENT' and t.amount = o.amount")).isEqualTo(KEYS);
        RestAssured.given().auth().oauth2(Tokens.officer()).get("/api/budgets/reconciliation").then().statusCode(200)
                .body("balanced", equalTo(true));
        double totalSeconds = (System.nanoTime() - t0) / 1e9;

        String report = String.format("idempotency on %s: %d keys sent 2-50 times at once (%d requests in all), one "
                        + "SIGKILL halfway (%d keys had no answer and were sent again), a restart and %d keys replayed "
                        + "3 times: %d orders, %d PAYMENT transfers, 0 duplicates, ledger reconciled; commands in %.1f s, "
                        + "all paid after %.1f s", db.describe(), KEYS, requests.get(), lostAnswers, afterRestart.size(),
                KEYS, KEYS, sendSeconds, totalSeconds);
        System.out.println("RELIABILITY " + report);
        Files.writeString(Path.of("target", "reliability-idempotency.txt"), report + System.lineSeparator());
    }

    private static CompletableFuture<?> send(HttpClient http, String token, int key, String body,
                                             Map<Integer, ConcurrentLinkedQueue<Answer>> answers, Set<Integer> unanswered,
                                             ConcurrentLinkedQueue<String> unexpected, AtomicInteger requests) {
        requests.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUri() + "/api/payments"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", "idem-key-" + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            if (e != null || r.statusCode() >= 500) {
                unanswered.add(key); // no usable answer: the client sends it again
            } else if (r.statusCode() != 201) {
                unexpected.add("key " + key + ": " + r.statusCode() + " " + r.body());
            } else {
                try {
                    answers.computeIfAbsent(key, x -> new ConcurrentLinkedQueue<>()).add(new Answer(201,
                            JSON.readTree(r.body()).get("id").asLong(),
                            "true".equals(r.headers().firstValue("Idempotency-Replayed").orElse(null))));
                } catch (Exception parse) {
                    unexpected.add("key " + key + ": unreadable " + r.body());
                }
            }
            return null;
        });
    }
}
