package io.grantflow.benchmark;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
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
    private static final String DB = "grantflow_bench";
    private static Process service;
    private static int port;
    private static double startSeconds;

    @BeforeAll
    static void start() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + DB + " with (force)");
            c.createStatement().execute("create database " + DB);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("run ./mvnw package -DskipTests first").exists();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench-service.log").toFile());
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + DB);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("src/test/resources/test-jwt/publicKey.pem").toAbsolutePath().toString());
        pb.environment().put("MP_JWT_VERIFY_ISSUER", "https://grantflow.test");
        pb.environment().put("GRANTFLOW_PUBLIC_RATE_LIMIT", "1000000");
        long t0 = System.nanoTime();
        service = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            assertThat(service.isAlive()).as("service alive, see target/bench-service.log").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        startSeconds = (System.nanoTime() - t0) / 1e9;
        System.setProperty("smallrye.jwt.sign.key.location", "test-jwt/privateKey.pem");
        RestAssured.port = port;
    }

    @AfterAll
    static void stop() {
        RestAssured.reset();
        if (service != null) {
            service.destroy();
        }
    }

    record Sample(int status, double millis) {
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
                        samples.add(new Sample(e == null ? r.statusCode() : -1, (System.nanoTime() - intended) / 1e6));
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
        int count = RATE * SECONDS;
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
        List<Sample> submissions = constantRate(RATE, SECONDS, i -> HttpRequest.newBuilder(
                        URI.create(base + "/api/open-calls/" + openCall + "/applications"))
                .header("Authorization", "Bearer " + tokens.get(i)).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build());
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

        String rss = Files.readAllLines(Path.of("/proc/" + service.pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");

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

        double achieved = submissions.size() / (double) SECONDS;
        String report = String.format("deadline rush on %s: %d submissions offered at %d/s for %d s: %d errors, p50 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; status reads at %d/s for %d s: %d errors %s, p50 %.1f ms, p99 %.1f ms; "
                        + "pgbench -c 4 -j 2 -T 30: %.0f TPS; submissions/s per pgbench TPS: %.3f; service start to "
                        + "ready %.2f s; %s after the load",
                Instant.now(), submissions.size(), RATE, SECONDS, errors, percentile(submissions, 0.50),
                percentile(submissions, 0.99), percentile(submissions, 1.0), READ_RATE, readSeconds, readErrors, readStatuses,
                percentile(reads, 0.50), percentile(reads, 0.99), tps, achieved / tps, startSeconds, rss);
        System.out.println("BENCHMARK " + report);
        Files.writeString(Path.of("target", "benchmark-rush.txt"), report + System.lineSeparator());
        assertThat(errors).as(report).isZero();
    }
}
