package io.grantflow.benchmark;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

    /** One request: its status, its latency from the scheduled instant, and when it was scheduled and ended. */
    record Sample(int status, double millis, long intendedNanos, long endNanos) {
    }

    /** Successful requests per second, from the first scheduled instant to the last answer. */
    private static double sustained(List<Sample> samples, int okStatus) {
        long first = samples.stream().mapToLong(Sample::intendedNanos).min().orElse(0);
        long last = samples.stream().mapToLong(Sample::endNanos).max().orElse(1);
        return samples.stream().filter(x -> x.status() == okStatus).count() / ((last - first) / 1e9);
    }

    private static List<Sample> constantRate(int rate, int seconds, java.util.function.IntFunction<HttpRequest> request)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        int total = rate * seconds;
        long start = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < total; i++) {
            long intended = start + (long) (i * 1e9 / rate);
            int n = i;
            clock.schedule(() -> pending.add(http.sendAsync(request.apply(n), HttpResponse.BodyHandlers.discarding())
                    .handle((r, e) -> {
                        long end = System.nanoTime();
                        samples.add(new Sample(e == null ? r.statusCode() : -1, (end - intended) / 1e6, intended, end));
                        return null;
                    })), intended - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        return new ArrayList<>(samples);
    }

    private static double percentile(List<Sample> samples, double p) {
        List<Double> ms = samples.stream().map(Sample::millis).sorted().toList();
        return ms.get(Math.min(ms.size() - 1, (int) Math.ceil(p * ms.size()) - 1));
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
        java.util.function.BiFunction<Integer, Integer, List<Sample>> rush = (from, seconds) -> {
            try {
                return constantRate(RATE, seconds, i -> HttpRequest.newBuilder(
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
        List<Sample> submissions = rush.apply(RATE * WARMUP, SECONDS);
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
        List<Sample> reads = constantRate(READ_RATE, readSeconds, i -> HttpRequest.newBuilder(
                        URI.create(base + "/api/applications/" + ids.get(k.getAndIncrement() % ids.size())))
                .header("Authorization", "Bearer " + reader).GET().build());
        long readErrors = reads.stream().filter(s -> s.status() != 200).count();
        Map<Integer, Long> readStatuses = new java.util.TreeMap<>(reads.stream().collect(
                java.util.stream.Collectors.groupingBy(Sample::status, java.util.stream.Collectors.counting())));

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

        double achieved = sustained(submissions, 201);
        String report = String.format("deadline rush on %s%s: after %d s of warm-up at the same rate, %d submissions offered at %d/s for %d s: sustained %.1f/s, "
                        + "%d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms; status reads at %d/s for %d s: sustained "
                        + "%.1f/s, %d errors %s, p50 %.1f ms, p99 %.1f ms; pgbench -c 4 -j 2 -T 30: %.0f TPS; sustained "
                        + "submissions/s per pgbench TPS: %.3f; service start to ready %.2f s; %s after the load",
                Instant.now(), System.getProperty("bench.env", "").isEmpty() && System.getProperty("bench.jvm", "").isEmpty()
                        ? "" : " with " + System.getProperty("bench.env", "") + " " + System.getProperty("bench.jvm", ""),
                WARMUP, submissions.size(), RATE, SECONDS, achieved, errors, percentile(submissions, 0.50),
                percentile(submissions, 0.99), percentile(submissions, 1.0), READ_RATE, readSeconds,
                sustained(reads, 200), readErrors, readStatuses,
                percentile(reads, 0.50), percentile(reads, 0.99), tps, achieved / tps, startSeconds, rss);
        System.out.println("BENCHMARK " + report);
        Files.writeString(Path.of("target", "benchmark-rush.txt"), report + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        assertThat(errors).as(report).isZero();
    }
}
