package io.grantflow.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a separate process on a
 * database of a {@link StressDatabase}, verifying the test's JWTs; killed with SIGKILL and started
 * again on the same port. Its output goes to {@code target/node-<name>.log} (appended across starts).
 */
public final class ServiceNode {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** How long a start may take before it counts as hung (a loaded machine starts a node slowly). */
    private static final long READY_BOUND_SECONDS = 600;

    private final String name;
    private final int port;
    private final Map<String, String> environment = new HashMap<>();
    private final java.util.List<String> jvmOptions = new java.util.ArrayList<>(java.util.List.of("-Xmx512m"));
    private Process process;
    private int starts;
    private double lastStartSeconds;

    public ServiceNode(String name, StressDatabase db, Map<String, String> extra) {
        this.name = name;
        this.port = freePort();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("src/test/resources/test-jwt/publicKey.pem").toAbsolutePath().toString());
        environment.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        environment.put("GRANTFLOW_PUBLIC_RATE_LIMIT", "1000000");
        environment.put("GRANTFLOW_MAIL_ENABLED", "false");
        environment.putAll(extra);
        System.setProperty("smallrye.jwt.sign.key.location", "test-jwt/privateKey.pem");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds JVM options for the next starts (after the default {@code -Xmx512m}). */
    public ServiceNode jvmOptions(java.util.List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /**
     * Settings from the system property {@code bench.env} ({@code NAME=value,NAME=value}) and JVM
     * options from {@code bench.jvm} (space-separated): tuning experiments without code changes.
     */
    public ServiceNode benchmarkOverrides() {
        String env = System.getProperty("bench.env", "");
        for (String pair : env.split(",")) {
            if (pair.contains("=")) {
                environment.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        String jvm = System.getProperty("bench.jvm", "").trim();
        if (!jvm.isEmpty()) {
            jvmOptions.addAll(java.util.List.of(jvm.split("\\s+")));
        }
        return this;
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public int starts() {
        return starts;
    }

    public double lastStartSeconds() {
        return lastStartSeconds;
    }

    public long pid() {
        return process.pid();
    }

    /** The resident set size of the running node in kB (Linux, from /proc), or -1. */
    public long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the service and waits until it reports ready. */
    public ServiceNode start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: package first (./mvnw package -DskipTests)");
        }
        try {
            Path log = Path.of("target", "node-" + name + ".log");
            java.util.List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(JAR.toString());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(environment);
            long t0 = System.nanoTime();
            process = pb.start();
            starts++;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_BOUND_SECONDS);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        lastStartSeconds = (System.nanoTime() - t0) / 1e9;
                        return this;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("node " + name + " not ready within " + READY_BOUND_SECONDS + " s; see " + log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no graceful stop; open transactions die with the connections. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
