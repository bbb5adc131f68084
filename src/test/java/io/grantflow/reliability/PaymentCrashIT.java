package io.grantflow.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.grantflow.support.Tokens;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service on its own database, killed with SIGKILL at random points while payments are
 * created, approved and executed, and started again each time. Clients behave as real ones do: a
 * request without an answer is sent again with the same Idempotency-Key. Afterwards: every
 * payment exists once and is paid once, the ledger reconciles, every process has ended (or is a
 * visible incident) and the audit chains verify. Sizes: {@code stress.crash.payments} (CI 150,
 * full 1,000) and {@code stress.crash.kills} (CI 5, full 20); job lock time 5 s.
 */
class PaymentCrashIT {

    private static final int PAYMENTS = Integer.getInteger("stress.crash.payments", 150);
    private static final int KILLS = Integer.getInteger("stress.crash.kills", 5);
    private static final int WORKERS = 4;
    private static final int COMMITMENTS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceNode node;

    @AfterAll
    static void stop() {
        RestAssured.reset();
        if (node != null) {
            node.stop();
        }
    }

    /** What one client saw: answers it could not use and the statuses it did not expect. */
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void paymentsSurviveRepeatedKillsWithNothingLostOrPaidTwice() throws Exception {
        StressDatabase db = StressDatabase.fresh("grantflow_crash");
        node = new ServiceNode("crash", db, Map.of("QUARKUS_CAMUNDA_JOB_EXECUTOR_GENERIC_CONFIG_LOCK_TIME_IN_MILLIS", "5000"))
                .start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = node.port();
        String call = MoneyFixtures.publishedCall("20000000.00");
        long[] commitments = new long[COMMITMENTS];
        for (int c = 0; c < COMMITMENTS; c++) {
            commitments[c] = MoneyFixtures.commitment(call, "1000000.00");
        }
        String alice = Tokens.token("officer-alice", "officer");
        String bob = Tokens.token("officer-bob", "officer");

        Random random = new Random(Long.getLong("stress.seed", System.nanoTime()));
        TreeSet<Integer> killPoints = new TreeSet<>();
        while (killPoints.size() < KILLS) {
            killPoints.add(1 + random.nextInt(PAYMENTS - 1));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] ids = new long[PAYMENTS];
        BigDecimal[] amounts = new BigDecimal[PAYMENTS];
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < PAYMENTS; i = next.getAndIncrement()) {
                    amounts[i] = new BigDecimal((i % 900 + 1) + "." + String.format("%02d", i % 100));
                    String body = JSON.writeValueAsString(Map.of("account", commitments[i % COMMITMENTS],
                            "payeeName", "Cluster " + i, "iban", "BE71 0961 2345 6769", "amount", amounts[i].toPlainString(),
                            "purpose", "Crash test payment", "reference", "crash-" + i));
                    JsonNode created = send("POST", "/api/payments", alice, "crash-key-" + i, body, Set.of(201));
                    ids[i] = created.get("id").asLong();
                    send("POST", "/api/payments/" + ids[i] + "/approve", bob, null, "", Set.of(200));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        List<Double> restartSeconds = new ArrayList<>();
        Future<?> killer = pool.submit(() -> {
            for (int point : killPoints) {
                while (done.get() < point) {
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(400)); // somewhere inside a request or a payment job
                node.kill();
                node.start();
                restartSeconds.add(node.lastStartSeconds());
            }
            return null;
        });
        killer.get(30, TimeUnit.MINUTES);
        for (Future<?> w : workers) {
            w.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double driveSeconds = (System.nanoTime() - t0) / 1e9;

        // the jobs locked by a killed node are run again once their lock expires
        db.awaitZero("select count(*) from grantflow.payment_order where status <> 'PAID'", Duration.ofMinutes(5));
        double settledSeconds = (System.nanoTime() - t0) / 1e9;

        assertThat(unexpected).as("answers no client should get").isEmpty();
        assertThat(node.starts()).isEqualTo(KILLS + 1);
        // nothing lost, nothing doubled
        assertThat(db.count("select count(*) from grantflow.payment_order")).isEqualTo(PAYMENTS);
        assertThat(db.count("select count(distinct reference) from grantflow.payment_order")).isEqualTo(PAYMENTS);
        assertThat(db.count("select count(*) from grantflow.payment_order where status = 'PAID'")).isEqualTo(PAYMENTS);
        assertThat(db.count("select count(*) from grantflow.ledger_transfer where kind = 'PAYMENT'")).isEqualTo(PAYMENTS);
        assertThat(db.count("select count(*) from grantflow.payment_order o join grantflow.ledger_transfer t on "
                + "t.reference = 'payment-order:' || o.id and t.kind = 'PAYMENT' and t.amount = o.amount")).isEqualTo(PAYMENTS);
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal a : amounts) {
            total = total.add(a);
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (long c : commitments) {
            paid = paid.add(new BigDecimal(RestAssured.given().auth().oauth2(Tokens.officer())
                    .get("/api/budgets/accounts/{id}", c).then().statusCode(200).extract().jsonPath().getString("paid")));
        }
        assertThat(paid).isEqualByComparingTo(total);
        // the ledger's summaries equal the replay of its entries
        RestAssured.given().auth().oauth2(Tokens.officer()).get("/api/budgets/reconciliation").then().statusCode(200)
                .body("balanced", org.hamcrest.Matchers.equalTo(true));
        // every process ended as paid, or is an incident an officer sees and can retry
        long running = db.count("select count(*) from public.act_ru_execution e join public.act_re_procdef d "
                + "on d.id_ = e.proc_def_id_ where d.key_ = 'payment-approval' and e.parent_id_ is null");
        List<String> incidents = RestAssured.given().auth().oauth2(Tokens.officer()).get("/api/incidents?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.businessKey");
        assertThat(running).isEqualTo(incidents.size());
        assertThat(db.count("select count(*) from public.act_hi_procinst p join public.act_re_procdef d on "
                + "d.id_ = p.proc_def_id_ where d.key_ = 'payment-approval' and p.end_act_id_ = 'paid'"))
                .isEqualTo(PAYMENTS - running);
        // the audit trail of every changed row is intact
        RestAssured.given().auth().oauth2(Tokens.officer()).get("/api/audit/verify").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true));
        // a client that never saw its answer sends the command again after the restarts: the same order
        for (int i = 0; i < PAYMENTS; i += 10) {
            String body = JSON.writeValueAsString(Map.of("account", commitments[i % COMMITMENTS],
                    "payeeName", "Cluster " + i, "iban", "BE71 0961 2345 6769", "amount", amounts[i].toPlainString(),
                    "purpose", "Crash test payment", "reference", "crash-" + i));
            assertThat(send("POST", "/api/payments", alice, "crash-key-" + i, body, Set.of(201)).get("id").asLong())
                    .isEqualTo(ids[i]);
        }
        assertThat(db.count("select count(*) from grantflow.payment_order")).isEqualTo(PAYMENTS);

        String report = String.format("crash test on %s: %d payments (create + approve + execute), %d SIGKILLs at "
                        + "random points, restarts %.1f-%.1f s; driven in %.1f s, all paid after %.1f s; %d client "
                        + "retries; %d orders, %d PAYMENT transfers, 0 duplicates, ledger reconciled, %d open processes "
                        + "(%d incidents), audit chains valid", db.describe(), PAYMENTS, KILLS,
                restartSeconds.stream().mapToDouble(d -> d).min().orElse(0),
                restartSeconds.stream().mapToDouble(d -> d).max().orElse(0), driveSeconds, settledSeconds, retries.get(),
                PAYMENTS, PAYMENTS, running, incidents.size());
        System.out.println("RELIABILITY " + report);
        Files.writeString(Path.of("target", "reliability-crash.txt"), report + System.lineSeparator());
    }

    /**
     * Sends until an answer in {@code expected} comes: no answer (the node is down or was killed
     * mid-request) or a 5xx is retried with the same request and key; anything else is recorded.
     */
    private JsonNode send(String method, String path, String token, String key, String body, Set<Integer> expected)
            throws Exception {
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUri() + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (expected.contains(response.statusCode())) {
                    return JSON.readTree(response.body());
                }
                if (response.statusCode() < 500) {
                    unexpected.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
                    throw new AssertionError(unexpected.peek());
                }
            } catch (IOException noAnswer) {
                // killed or not started yet: the client does not know whether it happened; it asks again
            }
            retries.incrementAndGet();
            Thread.sleep(200);
        }
    }
}
