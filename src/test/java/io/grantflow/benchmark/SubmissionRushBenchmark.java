package io.grantflow.benchmark;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ConstantRate;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline rush, as a benchmark (not part of {@code ./mvnw verify}): the packaged service runs as
 * its own process against this machine's PostgreSQL server (127.0.0.1:5432, database
 * {@code grantflow_bench}, recreated), a Euroclusters grant with a first-come-first-served open call
 * is seeded through the API, and SME applications arrive at a constant rate from this process over
 * loopback (each latency measured from its scheduled instant, so a slow server cannot slow the
 * arrivals: no coordinated omission); then status reads at a constant rate; then
 * {@code pgbench -c 4 -j 2 -T 30} on the same server. Run:
 * {@code ./mvnw -q package -DskipTests && ./mvnw test -Dtest=SubmissionRushBenchmark [-Dbench.rate=40
 * -Dbench.seconds=20 -Dbench.readRate=100]}; figures in {@code target/benchmark-rush.txt}.
 */
class SubmissionRushBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 40);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int READ_RATE = Integer.getInteger("bench.readRate", 100);
    /** Seconds of submissions at the same rate before the measured ones, not counted: the JIT warms up. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final String DB = "grantflow_bench";
    private static StressDatabase db;
    private static ServiceNode node;
    private static int port;
    private static double startSeconds;

    @BeforeAll
    static void start() {
        System.setProperty("stress.db", "local");
        db = StressDatabase.fresh(DB);
        node = new ServiceNode("bench", db, Map.of()).benchmarkOverrides().start();
        startSeconds = node.lastStartSeconds();
        port = node.port();
        RestAssured.port = port;
    }

    @AfterAll
    static void stop() {
        RestAssured.reset();
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void deadlineRush() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "750000.00"); // the envelope
        def.put("fixedAmount", "100.00");
        def.put("firstTranchePercent", 100);
        def.put("maxPerThirdParty", "60000.00");
        long openCall = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        int count = RATE * (WARMUP + SECONDS);
        List<Sme> smes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            smes.add(GrantFixtures.sme(i % 2 == 0 ? "IT" : "EE"));
        }
        List<String> tokens = smes.stream().map(s -> io.grantflow.support.Tokens.token(s.user(), "sme")).toList();
        List<String> bodies = new ArrayList<>();
        for (Sme s : smes) {
            bodies.add(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(GrantFixtures.application(s, null, null)));
        }
        String base = "http://127.0.0.1:" + port;
        java.util.function.BiFunction<Integer, Integer, List<ConstantRate.Sample>> rush = (from, seconds) -> {
            try {
                return ConstantRate.run(RATE, seconds, i -> HttpRequest.newBuilder(
                                URI.create(base + "/api/open-calls/" + openCall + "/applications"))
                        .header("Authorization", "Bearer " + tokens.get(from + i))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(from + i))).build());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        if (WARMUP > 0) {
            rush.apply(0, WARMUP);
            Thread.sleep(3000);
        }
        List<ConstantRate.Sample> submissions = rush.apply(RATE * WARMUP, SECONDS);
        long errors = submissions.stream().filter(s -> s.status() != 201).count();

        // status reads at a constant rate, spread over the applications just made
        List<Long> ids = new ArrayList<>();
        io.restassured.path.json.JsonPath list = RestAssured.given().auth()
                .oauth2(io.grantflow.support.Tokens.token(g.consortium().coordinatorUser(), "applicant"))
                .get("/api/open-calls/{id}/applications?size=100", openCall).jsonPath();
        ids.addAll(list.getList("items.id", Long.class));
        String reader = io.grantflow.support.Tokens.token(g.consortium().coordinatorUser(), "applicant");
        AtomicInteger k = new AtomicInteger();
        int readSeconds = 10;
        List<ConstantRate.Sample> reads = ConstantRate.run(READ_RATE, readSeconds, i -> HttpRequest.newBuilder(
                        URI.create(base + "/api/applications/" + ids.get(k.getAndIncrement() % ids.size())))
                .header("Authorization", "Bearer " + reader).GET().build());
        long readErrors = reads.stream().filter(s -> s.status() != 200).count();
        Map<Integer, Long> readStatuses = new java.util.TreeMap<>(reads.stream().collect(
                java.util.stream.Collectors.groupingBy(ConstantRate.Sample::status, java.util.stream.Collectors.counting())));

        String rss = "RSS " + node.rssKb() / 1024 + " MB";

        // pgbench on the same server, for the ratio
        Process init = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-i", "-s", "10", "-q", DB)
                .redirectErrorStream(true).start();
        init.getInputStream().readAllBytes();
        init.waitFor();
        Process bench = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-c", "4", "-j", "2", "-T", "30",
                DB).redirectErrorStream(true).start();
        String out = new String(bench.getInputStream().readAllBytes());
        bench.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        double tps = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;

        double achieved = ConstantRate.sustained(submissions, 201);
        String report = String.format("deadline rush on %s%s: after %d s of warm-up at the same rate, %d submissions offered at "
                        + "%d/s for %d s: sustained %.1f/s, "
                        + "%d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms; status reads at %d/s for %d s: sustained "
                        + "%.1f/s, %d errors %s, p50 %.1f ms, p99 %.1f ms; pgbench -c 4 -j 2 -T 30: %.0f TPS; sustained "
                        + "submissions/s per pgbench TPS: %.3f; service start to ready %.2f s; %s after the load",
                Instant.now(), System.getProperty("bench.env", "").isEmpty() && System.getProperty("bench.jvm", "").isEmpty()
                        ? "" : " with " + System.getProperty("bench.env", "") + " " + System.getProperty("bench.jvm", ""),
                WARMUP, submissions.size(), RATE, SECONDS, achieved, errors, ConstantRate.percentile(submissions, 0.50),
                ConstantRate.percentile(submissions, 0.99), ConstantRate.percentile(submissions, 1.0), READ_RATE, readSeconds,
                ConstantRate.sustained(reads, 200), readErrors, readStatuses,
                ConstantRate.percentile(reads, 0.50), ConstantRate.percentile(reads, 0.99), tps, achieved / tps, startSeconds, rss);
        System.out.println("BENCHMARK " + report);
        Files.writeString(Path.of("target", "benchmark-rush.txt"), report + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        assertThat(errors).as(report).isZero();
    }
}
