package io.grantflow.reliability;

import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.grantflow.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged nodes started at the same moment against one empty database, as a compose file or an
 * orchestrator starts them: both must come up, the application's migrations must have run once, the
 * workflow engine's tables must exist once and every process must be deployed once. Repeated
 * {@code stress.simultaneous.rounds} times (CI 2, full 10), each time on a new empty database (by default
 * on an embedded PostgreSQL in the test JVM; {@code -Dstress.db=local}: this machine's PostgreSQL
 * server). Figures in {@code target/reliability-simultaneous-start.txt}; node logs in
 * {@code target/node-simultaneous-<round>-<a|b>.log}.
 */
class SimultaneousFirstStartIT {

    private static final int ROUNDS = Integer.getInteger("stress.simultaneous.rounds", 2);
    /** Processes in bpmn/: each must have exactly one version after the two starts. */
    private static final Path BPMN = Path.of("bpmn");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    private final List<ServiceNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ServiceNode::stop);
        nodes.clear();
    }

    @Test
    void twoNodesStartedAtOnceOnAnEmptyDatabaseBothComeUpAndSetItUpOnce() throws Exception {
        long migrations = count(MIGRATIONS, ".sql");
        long processes = count(BPMN, ".bpmn");
        List<String> rounds = new ArrayList<>();
        String where = null;
        for (int round = 1; round <= ROUNDS; round++) {
            StressDatabase db = StressDatabase.fresh("grantflow_simultaneous");
            where = db.describe();
            assertThat(db.count("select count(*) from information_schema.tables where table_schema in "
                    + "('public', 'grantflow')")).as("round %d starts on an empty database", round).isZero();
            ServiceNode a = new ServiceNode("simultaneous-" + round + "-a", db, Map.of());
            ServiceNode b = new ServiceNode("simultaneous-" + round + "-b", db, Map.of());
            nodes.add(a);
            nodes.add(b);

            startTogether(a, b);

            for (ServiceNode n : List.of(a, b)) {
                assertThat(get(n, "/q/health/ready", null)).as("round %d: %s ready", round, n.baseUri()).isEqualTo(200);
                assertThat(get(n, "/api/me", Tokens.officer())).as("round %d: %s answers an officer", round,
                        n.baseUri()).isEqualTo(200);
            }
            assertThat(db.count("select count(*) from grantflow.flyway_schema_history where type = 'SQL' and success"))
                    .as("round %d: each migration applied once", round).isEqualTo(migrations);
            assertThat(db.count("select count(*) from grantflow.flyway_schema_history where not success"))
                    .as("round %d: no failed migration", round).isZero();
            assertThat(db.count("select count(*) from public.act_ge_property where name_ = 'schema.version'"))
                    .as("round %d: the engine's schema exists once", round).isEqualTo(1);
            assertThat(db.count("select count(*) from public.act_ge_schema_log"))
                    .as("round %d: the engine's schema was created once", round).isEqualTo(1);
            assertThat(db.count("select count(distinct key_) from public.act_re_procdef"))
                    .as("round %d: every process deployed", round).isEqualTo(processes);
            assertThat(db.count("select count(*) from public.act_re_procdef"))
                    .as("round %d: every process deployed once (one version each)", round).isEqualTo(processes);
            rounds.add(String.format("round %d: ready after %.1f s and %.1f s", round, a.lastStartSeconds(),
                    b.lastStartSeconds()));
            stopNodes();
        }
        String report = "two nodes started at once on an empty database, " + ROUNDS + " rounds on " + where
                + ": every round both nodes ready, " + migrations + " migrations applied once, the engine's schema "
                + "created once, " + processes + " processes deployed once; " + String.join("; ", rounds);
        System.out.println("RELIABILITY " + report);
        Files.writeString(Path.of("target", "reliability-simultaneous-start.txt"), report + System.lineSeparator());
    }

    /** Both nodes' processes are launched at the same moment (a barrier), then each waits until ready. */
    private static void startTogether(ServiceNode a, ServiceNode b) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ServiceNode>> started = Stream.of(a, b)
                    .map(n -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(1, TimeUnit.MINUTES);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return n.start();
                    }, starters)).toList();
            for (CompletableFuture<ServiceNode> s : started) {
                s.get(); // a node that exits (e.g. a failed schema creation) fails here, naming its log
            }
        } finally {
            starters.shutdownNow();
        }
    }

    private static int get(ServiceNode n, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(n.baseUri() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long count(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
