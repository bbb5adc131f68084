package io.grantflow.support;

import io.restassured.RestAssured;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service as a newcomer runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}
 * with no database configured (demo mode: embedded PostgreSQL in a data directory, demo data, demo
 * users). Output goes to {@code target/it-service-<port>.log}.
 */
public final class DemoNode implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** A bound against a hang, not a speed requirement: a loaded machine starts slowly. */
    private static final Duration READY_BOUND = Duration.ofMinutes(10);

    private final Path data;
    private final int port;
    private final Process process;

    private DemoNode(Path data, int port, Process process) {
        this.data = data;
        this.port = port;
        this.process = process;
    }

    /** Starts the packaged service in demo mode on a free port and waits until it is ready. */
    public static DemoNode start(Path data, Map<String, String> environment) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged service (mvn package ran before this test)").exists();
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log(port).toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE"));
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("GRANTFLOW_DATA_DIR", data.toAbsolutePath().toString());
        pb.environment().putAll(environment);
        DemoNode node = new DemoNode(data, port, pb.start());
        node.awaitReady();
        return node;
    }

    /** Starts the demo afresh: the data directory is deleted first, so the demo data is loaded again. */
    public static DemoNode fresh(Path data) throws IOException, InterruptedException {
        deleteRecursively(data);
        return start(data, Map.of());
    }

    public int port() {
        return port;
    }

    public Path data() {
        return data;
    }

    public Path log() {
        return log(port);
    }

    public Process process() {
        return process;
    }

    private static Path log(int port) {
        return Path.of("target", "it-service-" + port + ".log");
    }

    private void awaitReady() throws InterruptedException {
        Instant until = Instant.now().plus(READY_BOUND);
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("service process alive (see " + log() + ")").isTrue();
            try {
                if (RestAssured.given().baseUri("http://localhost").port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + READY_BOUND + "; see " + log());
    }

    /** SIGTERM: stops Quarkus, then the embedded PostgreSQL. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
