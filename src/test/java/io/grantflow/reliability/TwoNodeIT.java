package io.grantflow.reliability;

import io.grantflow.support.Await;
import io.grantflow.support.ConstantRate;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.grantflow.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged service on one database (by default an embedded PostgreSQL in the test
 * JVM; {@code -Dstress.db=local}: this machine's PostgreSQL server), sharing Camunda's job tables
 * with the job lock time shortened to 10 s. Submissions at a constant arrival rate to one node, then
 * spread over both; then a batch of payment approvals through node B, which is killed (SIGKILL)
 * right after, with its payment jobs locked; node A must pay every order exactly once. Sizes:
 * {@code stress.twonode.rate} per second for {@code stress.twonode.seconds} (CI 10/s for 5 s; full
 * 20/s for 15 s). Figures in {@code target/reliability-two-nodes.txt}.
 */
class TwoNodeIT {

    private static final int RATE = Integer.getInteger("stress.twonode.rate", 10);
    private static final int SECONDS = Integer.getInteger("stress.twonode.seconds", 5);
    /** Retries of one overloaded application: only a bound against a hang. */
    private static final int MAX_RETRIES = 300;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final List<ServiceNode> nodes = new ArrayList<>();
    private static StressDatabase db;

    @AfterAll
    static void stop() {
        RestAssured.reset();
        nodes.forEach(ServiceNode::kill);
    }

    private static ServiceNode node(String name) {
        ServiceNode n = new ServiceNode(name, db, Map.of("QUARKUS_CAMUNDA_JOB_EXECUTOR_GENERIC_CONFIG_LOCK_TIME_IN_MILLIS",
                "10000")).start();
        nodes.add(n);
        return n;
    }

    /** An application of SME {@code i} under its own Idempotency-Key (the same key on every retry). */
    private static HttpRequest application(Sme s, String key, long openCall, int port) {
        try {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/open-calls/" + openCall
                            + "/applications"))
                    .header("Authorization", "Bearer " + Tokens.token(s.user(), "sme"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(GrantFixtures.application(s,
                            null, null)))).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first answers of a rush at a constant arrival rate, and the decided answer of every application. */
    private record Rush(List<ConstantRate.Sample> first, List<HttpResponse<String>> decided, int retries,
                        double seconds) {

        long firstWith(int status) {
            return first.stream().filter(r -> r.status() == status).count();
        }

        String describe() {
            return String.format("%s; first answers %d × 201, %d × 503, %d × 500, %d other; %d retries of a 503 "
                            + "with the same key; all decided after %.1f s", ConstantRate.summary(first, 201),
                    firstWith(201), firstWith(503), firstWith(500),
                    first.size() - firstWith(201) - firstWith(503) - firstWith(500), retries, seconds);
        }
    }

    /**
     * Applications at a constant arrival rate; each one answered 503 (overloaded) is sent again with the same
     * Idempotency-Key after its Retry-After, as a client does, until it is decided.
     */
    private static Rush rush(List<Sme> smes, int from, long openCall, int[] ports, int rate) throws Exception {
        String[] keys = new String[rate * SECONDS];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = UUID.randomUUID().toString();
        }
        long t0 = System.nanoTime();
        List<ConstantRate.Sample> first = ConstantRate.run(rate, SECONDS,
                i -> application(smes.get(from + i), keys[i], openCall, ports[i % ports.length]));
        List<HttpResponse<String>> decided = new ArrayList<>();
        int retries = 0;
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> pending = first.stream().filter(r -> r.status() == 503).map(ConstantRate.Sample::index).toList();
        long wait = 1;
        for (int round = 0; !pending.isEmpty(); round++) {
            assertThat(round).as("rounds of retries (a bound against a hang)").isLessThan(MAX_RETRIES);
            Thread.sleep(wait * 1000); // as a client honouring Retry-After; nothing asserts how long it takes
            int r = round;
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = pending.stream()
                    .map(i -> http.sendAsync(application(smes.get(from + i), keys[i], openCall,
                            ports[(i + r + 1) % ports.length]), HttpResponse.BodyHandlers.ofString())).toList();
            List<Integer> again = new ArrayList<>();
            for (int k = 0; k < pending.size(); k++) {
                HttpResponse<String> answer = sent.get(k).get(10, java.util.concurrent.TimeUnit.MINUTES);
                retries++;
                assertThat(answer.statusCode()).as("retry of application %d: %s", pending.get(k), answer.body())
                        .isIn(201, 503);
                if (answer.statusCode() == 503) {
                    wait = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
                    again.add(pending.get(k));
                } else {
                    decided.add(answer);
                }
            }
            pending = again;
        }
        assertThat(first).as("no request got a 500 (or no answer)").allSatisfy(r -> assertThat(r.status())
                .as(r.body()).isIn(201, 503));
        return new Rush(first, decided, retries, (System.nanoTime() - t0) / 1e9);
    }

    private static List<Long> orders(Rush rush) {
        List<Long> orders = new ArrayList<>();
        for (ConstantRate.Sample r : rush.first()) {
            if (r.status() == 201) {
                orders.add(io.restassured.path.json.JsonPath.from(r.body()).getLong("firstTranche.paymentOrder"));
            }
        }
        for (HttpResponse<String> r : rush.decided()) {
            orders.add(io.restassured.path.json.JsonPath.from(r.body()).getLong("firstTranche.paymentOrder"));
        }
        return orders;
    }

    @Test
    void twoNodesShareTheWorkAndTheSurvivorFinishesTheKilledNodesJobs() throws Exception {
        db = StressDatabase.fresh("grantflow_twonode");
        ServiceNode a = node("a");
        ServiceNode b = node("b");
        int portA = a.port();
        int portB = b.port();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = portA;

        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "750000.00");
        def.put("fixedAmount", "100.00");
        def.put("firstTranchePercent", 100);
        long openCall = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        int count = RATE * SECONDS;
        List<Sme> smes = new ArrayList<>();
        for (int i = 0; i < 2 * count; i++) {
            smes.add(GrantFixtures.sme(i % 2 == 0 ? "IT" : "EE"));
        }

        Rush one = rush(smes, 0, openCall, new int[] {portA}, RATE);
        Rush two = rush(smes, count, openCall, new int[] {portA, portB}, RATE);
        List<Long> orders = new ArrayList<>(orders(one));
        orders.addAll(orders(two));
        assertThat(orders).as("one awarded application per SME").hasSize(2 * count).doesNotContainNull()
                .doesNotHaveDuplicates();

        // half of the orders approved through node B, which dies at once; the rest through node A
        String approver = g.consortium().partnerUser();
        List<Long> viaB = orders.subList(0, orders.size() / 2);
        List<Long> viaA = orders.subList(orders.size() / 2, orders.size());
        RestAssured.given().port(portB).auth().oauth2(Tokens.token(approver, "applicant")).contentType(ContentType.JSON)
                .body(Map.of("orders", viaB)).post("/api/payments/approve-batch").then().statusCode(200);
        b.kill();
        long lockedByB = db.count("select count(*) from public.act_ru_job where lock_owner_ is not null and "
                + "lock_exp_time_ > now()");
        RestAssured.given().port(portA).auth().oauth2(Tokens.token(approver, "applicant")).contentType(ContentType.JSON)
                .body(Map.of("orders", viaA)).post("/api/payments/approve-batch").then().statusCode(200);
        long t0 = System.nanoTime();
        for (Long o : orders) {
            Await.until(() -> RestAssured.given().port(portA).auth().oauth2(Tokens.token(approver, "applicant"))
                            .get("/api/payments/{id}", o).jsonPath().getString("status"), "PAID"::equals,
                    Duration.ofSeconds(120), "order " + o + " paid by the surviving node");
        }
        double allPaidSeconds = (System.nanoTime() - t0) / 1e9;
        long transfers = db.count("select count(*) from grantflow.ledger_transfer where kind = 'PAYMENT' and "
                + "reference like 'payment-order:%'");
        long duplicates = db.count("select count(*) - count(distinct reference) from grantflow.ledger_transfer where "
                + "kind = 'PAYMENT' and reference like 'payment-order:%'");
        String report = String.format("two nodes on " + db.describe() + " (2 cores): one node at %d/s for %d s: %s; "
                        + "two nodes at %d/s: %s; %d payment orders approved (half through node B, killed at once; "
                        + "%d jobs locked at the kill), all paid by node A within %.1f s; %d PAYMENT transfers for them, "
                        + "%d duplicates", RATE, SECONDS, one.describe(), RATE,
                two.describe(), orders.size(), lockedByB,
                allPaidSeconds, transfers, duplicates);
        System.out.println("RELIABILITY " + report);
        Files.writeString(Path.of("target", "reliability-two-nodes.txt"), report + System.lineSeparator());
        assertThat(duplicates).isZero();
        assertThat(transfers).isEqualTo(orders.size());
        RestAssured.given().port(portA).auth().oauth2(Tokens.officer()).get("/api/budgets/reconciliation").then()
                .statusCode(200).body("balanced", org.hamcrest.Matchers.equalTo(true));
    }
}
