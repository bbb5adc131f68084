package io.grantflow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * The packaged service as a newcomer runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}
 * with no database configured (demo mode), then killed with SIGKILL and started again; and, when
 * the environment names a database, with that database (no demo users, no demo data).
 */
class DemoModeIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path DATA = Path.of("target", "it-demo-data");
    private static final Duration READY_BOUND = Duration.ofMinutes(10);
    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy(); // SIGTERM: stops Quarkus, then the embedded PostgreSQL
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        }
    }

    @Test
    void demoModeServesDemoDataAndKeepsWhatWasCreatedAcrossAKill() throws Exception {
        deleteRecursively(DATA);
        int port = freePort();
        running = start(port, Map.of());
        awaitReady(port);
        // demo users' passwords are their names: the demo listens on the loopback interface only
        assertThat(Files.readString(log(port))).contains("Listening on: http://127.0.0.1:" + port)
                .contains("Loading the demo data in the background")
                // the progress counts the story's steps: a changed story updates DemoLoading.STEPS
                .contains("in the background (" + DemoLoading.STEPS + " steps)");

        livingProgramme(port);
        // the served contract declares HTTP Basic beside bearer in demo mode (Swagger UI's Authorize), and lints clean
        String openapi = RestAssured.given().baseUri("http://localhost").port(port).get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath contract = io.restassured.path.json.JsonPath.from(openapi);
        assertThat(contract.getString("components.securitySchemes.demoBasic.scheme")).isEqualTo("basic");
        assertThat(contract.getList("paths.'/api/payments'.get.security"))
                .isEqualTo(List.of(Map.of("bearer", List.of()), Map.of("demoBasic", List.of())));
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("officer", "officer")
                .get("/api/payments").then().statusCode(200);
        io.grantflow.support.Spectral.Result lint = io.grantflow.support.Spectral.lint(openapi,
                Path.of("target", "spectral-demo"));
        assertThat(lint.findings()).as("spectral lint of the demo's /q/openapi").isEmpty();

        RequestSpecification api = RestAssured.given().baseUri("http://localhost").port(port);
        api.get("/api/calls?size=100").then().statusCode(200)
                .body("totalItems", equalTo(11)) // the 9 calls of today and 2 earlier rounds
                .body("items.identifier", hasItems("SMP-COSME-2021-CLUSTER-01", "COSME-CLUSTERXCHANGE",
                        "SMP-COSME-2020-CLUSTER-PILOT", "SMP-COSME-2025-CLUSTER-02",
                        "INNOSUP-01-2018-2020", "COSME-ESCP-4I", "COSME-CLUSTER-EXCELLENCE", "SMP-COSME-2024-EEN-01",
                        "SMP-COSME-2024-CLUSTERUA-01", "HORIZON-EIE-2024-CONNECT-02-01"))
                .body("items.status", hasItems("OPEN", "FORTHCOMING", "CLOSED"));
        api.get("/api/calls/SMP-COSME-2021-CLUSTER-01").then().statusCode(200)
                .body("budget", equalTo("42000000.00"))
                .body("fstp.minSmeShare", equalTo(75.00f))
                .body("status", equalTo("OPEN"));

        // README's proposal example: coordinator submits a Euroclusters proposal; 74.99% SME share is refused
        RequestSpecification coordinator = RestAssured.given().baseUri("http://localhost").port(port)
                .auth().preemptive().basic("coordinator", "coordinator").contentType(ContentType.JSON);
        for (int i = 1; i <= 3; i++) {
            RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("coordinator", "coordinator")
                    .get("/api/organisations?pic=90000000" + i).then().statusCode(200).body("[0].id", equalTo(i));
        }
        int proposal = coordinator.body(Files.readString(Path.of("docs/examples/proposal.json")))
                .post("/api/calls/SMP-COSME-2021-CLUSTER-01/proposals").then().statusCode(201)
                .body("finance.requestedContribution", equalTo("1000000.00"))
                .extract().path("id");
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("coordinator", "coordinator")
                .post("/api/proposals/{id}/submit", proposal).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(1));
        int low = RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive()
                .basic("coordinator", "coordinator").contentType(ContentType.JSON)
                .body(Files.readString(Path.of("docs/examples/proposal-sme-share-74.99.json")))
                .post("/api/calls/SMP-COSME-2021-CLUSTER-01/proposals").then().statusCode(201).extract().path("id");
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("coordinator", "coordinator")
                .post("/api/proposals/{id}/submit", low).then().statusCode(422)
                .body("violations.code", equalTo(List.of("sme_share_below_minimum")))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("74.99"));
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("sme1", "sme1")
                .get("/api/proposals/{id}", proposal).then().statusCode(403);
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("partner", "partner")
                .get("/api/proposals/{id}", proposal).then().statusCode(200);

        // one person whatever the case and spaces of the name; the password is the normalised name
        for (String variant : List.of("OFFICER", "officer ", " Officer")) {
            RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic(variant, "officer")
                    .get("/api/me").then().statusCode(200).body("username", equalTo("officer"))
                    .body("roles", equalTo(List.of("officer")));
        }
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("OFFICER", "OFFICER")
                .get("/api/me").then().statusCode(401);
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic(" ", " ")
                .get("/api/me").then().statusCode(401);

        // demo users work over Basic; roles are enforced
        String identifier = "DEMO-IT-" + System.nanoTime();
        api.auth().preemptive().basic("officer", "officer").contentType(ContentType.JSON).body(call(identifier))
                .post("/api/calls").then().statusCode(201);
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("coordinator", "coordinator")
                .contentType(ContentType.JSON).body(call("DEMO-IT-X")).post("/api/calls").then().statusCode(403);
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("officer", "wrong")
                .contentType(ContentType.JSON).body(call("DEMO-IT-Y")).post("/api/calls").then().statusCode(401);

        // a money-moving command with an Idempotency-Key, replayed after the restart below
        Map<String, Object> commitment = Map.of("payee", 1, "amount", "250000.00", "purpose", "Demo grant agreement");
        int committed = RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive()
                .basic("officer", "officer").contentType(ContentType.JSON).header("Idempotency-Key", "demo-it-" + identifier)
                .body(commitment).post("/api/budgets/calls/SMP-COSME-2021-CLUSTER-01/commitments")
                .then().statusCode(201).header("Idempotency-Replayed", "false").extract().path("account");

        // SIGKILL leaves the embedded postmaster behind; the next start must still succeed
        running.destroyForcibly();
        running.waitFor(120, TimeUnit.SECONDS);
        int port2 = freePort();
        running = start(port2, Map.of("QUARKUS_HTTP_HOST", "localhost")); // told otherwise: the setting wins
        awaitReady(port2);
        assertThat(Files.readString(log(port2))).contains("Listening on: http://localhost:" + port2);
        RequestSpecification after = RestAssured.given().baseUri("http://localhost").port(port2)
                .auth().preemptive().basic("officer", "officer");
        after.get("/api/calls/{id}", identifier).then().statusCode(200).body("identifier", equalTo(identifier));
        after.get("/api/calls?size=100").then().statusCode(200).body("totalItems", equalTo(12)); // not re-seeded
        after.get("/api/grants").then().statusCode(200).body("totalItems", equalTo(2)); // the history not replayed again
        after.get("/api/programmes").then().statusCode(200).body("totalItems", equalTo(4));
        after.get("/api/calls/SMP-COSME-2021-CLUSTER-01/experts").then().statusCode(200)
                .body("items.username", equalTo(List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4")));
        RestAssured.given().baseUri("http://localhost").port(port2).auth().preemptive().basic("officer", "officer")
                .contentType(ContentType.JSON).header("Idempotency-Key", "demo-it-" + identifier).body(commitment)
                .post("/api/budgets/calls/SMP-COSME-2021-CLUSTER-01/commitments")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("account", equalTo(committed));
        RestAssured.given().baseUri("http://localhost").port(port2).auth().preemptive().basic("officer", "officer")
                .get("/api/budgets/calls/SMP-COSME-2021-CLUSTER-01").then().statusCode(200)
                .body("allocated", equalTo("42000000.00")).body("committed", equalTo("250000.00"));
    }

    /**
     * The demo as a living programme, from a fresh data directory: every demo user has something waiting,
     * an SME finds an open call and applies in at most 3 requests, applications exist in every state, and
     * the demo's own 360Giving packages are valid.
     */
    private static void livingProgramme(int port) throws IOException {
        for (String user : List.of("officer", "officer2", "evaluator1", "evaluator2", "evaluator3", "evaluator4",
                "coordinator", "partner", "sme1", "sme2", "host")) {
            as(port, user).get("/api/me").then().statusCode(200)
                    .body("waiting.total", greaterThan(0))
                    .body("waiting.tasks.count", everyItem(greaterThan(0)));
        }
        as(port, "evaluator1").get("/api/me").then().body("waiting.tasks.task", hasItem("ASSIGNMENTS_TO_SCORE"));
        as(port, "evaluator1").get("/api/evaluator/assignments").then().statusCode(200)
                .body("items.status", hasItem(anyOf(equalTo("ASSIGNED"), equalTo("ACCEPTED"))));
        String order = as(port, "officer2").get("/api/me").then()
                .body("waiting.tasks.task", hasItem("ORDERS_TO_APPROVE")).extract()
                .path("waiting.tasks.find { it.task == 'ORDERS_TO_APPROVE' }.links[0]");
        as(port, "officer2").get(order).then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
        as(port, "host").get("/api/me").then().body("waiting.tasks.task", hasItem("VISITS_TO_CONFIRM"));
        as(port, "officer").get("/api/me").then().body("waiting.tasks.task", hasItem("CONSENSUS_TO_AGREE"));

        // sme1 (organisation 4, see README) finds an open call and applies: counted requests, at most 3
        int requests = 0;
        List<Map<String, Object>> open = as(port, "sme1").get("/api/open-calls?instrument=LUMP_SUM_UP_TO").then()
                .statusCode(200).extract().path("items");
        requests++;
        Map<String, Object> call = open.stream()
                .filter(c -> java.time.OffsetDateTime.parse((String) c.get("opensAt")).toInstant().isBefore(Instant.now()))
                .findFirst().orElseThrow();
        as(port, "sme1").header("Idempotency-Key", "demo-it-sme1-" + System.nanoTime())
                .body(Map.of("organisation", 4, "requested", "5000.00", "purpose", "Trade mission to Singapore",
                        "sector", "RENEWABLE_ENERGY", "iban", "IT60 X054 2811 1010 0000 0123 456", "notInDifficulty", true,
                        "noDoubleFunding", true, "deMinimisReceived", "0.00"))
                .post("/api/open-calls/{id}/applications", call.get("id")).then().statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"));
        requests++;
        assertThat(requests).isLessThanOrEqualTo(3);

        // applications in every state of the story (the officer sees every open call's applications)
        List<Integer> calls = as(port, "officer").get("/api/open-calls?closingAfter=2000-01-01T00:00:00Z&size=100")
                .then().statusCode(200).extract().path("items.id");
        List<Map<String, Object>> applications = new java.util.ArrayList<>();
        for (Integer id : calls) {
            applications.addAll(as(port, "officer").get("/api/open-calls/{id}/applications?size=100", id).then()
                    .statusCode(200).extract().<List<Map<String, Object>>>path("items"));
        }
        assertThat(applications).extracting(a -> a.get("status")).contains("UNDER_REVIEW", "AWARDED", "WAITLISTED",
                "REPORTED", "CLOSED", "REFUSED", "WITHDRAWN", "REJECTED");
        assertThat(applications).filteredOn(a -> "REFUSED".equals(a.get("status")))
                .allSatisfy(a -> assertThat((List<?>) a.get("refusals")).isNotEmpty());
        assertThat(applications).filteredOn(a -> "CLOSED".equals(a.get("status")))
                .extracting(a -> (Object) ((Map<?, ?>) a.get("balance")).get("status")).contains("PAID", "PENDING_APPROVAL");
        assertThat(applications).filteredOn(a -> a.get("exchange") != null)
                .anySatisfy(a -> assertThat(((Map<?, ?>) a.get("exchange")).get("hostConfirmedAt")).isNull());

        // the demo's 360Giving packages are valid against the standard's schema
        JsonSchema schema = giving360();
        ObjectMapper mapper = new ObjectMapper();
        for (String export : List.of("/api/exports/360giving/grants", "/api/exports/360giving/sme-awards")) {
            JsonNode json = mapper.readTree(as(port, "officer").get(export).then().statusCode(200).extract().asString());
            assertThat(json.get("grants")).as(export).isNotEmpty();
            assertThat(schema.validate(json)).as(export).isEmpty();
        }
    }

    private static RequestSpecification as(int port, String user) {
        return RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic(user, user)
                .contentType(ContentType.JSON);
    }

    private static JsonSchema giving360() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(m -> m
                .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/", "classpath:schemas/360giving/")
                .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/", "classpath:schemas/360giving/")));
        return factory.getSchema(SchemaLocation.of(
                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json"),
                com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    @Test
    void withAConfiguredDatabaseThereAreNoDemoUsersAndNoDemoData() throws Exception {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "runs when QUARKUS_DATASOURCE_JDBC_URL names a database (see README)");
        int port = freePort();
        running = start(port, Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", envOr("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                "QUARKUS_DATASOURCE_PASSWORD", envOr("QUARKUS_DATASOURCE_PASSWORD", "")));
        awaitReady(port);
        RequestSpecification api = RestAssured.given().baseUri("http://localhost").port(port);
        api.get("/api/calls/SMP-COSME-2021-CLUSTER-01").then().statusCode(404);
        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive().basic("officer", "officer")
                .contentType(ContentType.JSON).body(call("DEMO-IT-EXT")).post("/api/calls").then().statusCode(401);
        assertThat(Files.exists(DATA.resolveSibling("it-external-data"))).isFalse();
    }

    private static Map<String, Object> call(String identifier) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Map.ofEntries(Map.entry("identifier", identifier), Map.entry("title", "Created in the demo"),
                Map.entry("programme", "SMP"), Map.entry("actionType", "PROJECT_GRANT"),
                Map.entry("budget", "100000.00"),
                Map.entry("fundingRates", Map.of("financialSupportToThirdParties", 100, "otherCosts", 90)),
                Map.entry("opensAt", now.toString()), Map.entry("submissionModel", "SINGLE_STAGE"),
                Map.entry("deadlines", List.of(Map.of("at", now.plus(10, ChronoUnit.DAYS).toString()))),
                Map.entry("criteria", List.of(Map.of("name", "Relevance", "weight", 1, "threshold", 3))),
                Map.entry("overallThreshold", 3));
    }

    private static Process start(int port, Map<String, String> env) throws IOException {
        assertThat(JAR).as("the packaged service (mvn package ran before this test)").exists();
        Path log = log(port);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE"));
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("GRANTFLOW_DATA_DIR", DATA.toAbsolutePath().toString());
        // the demo loads inside Camunda's history clean-up window whatever the hour (a load between 01:00 and
        // 05:00 once failed: the replay ran the clean-up job, due again at once inside its window, without end)
        pb.environment().put("QUARKUS_CAMUNDA_GENERIC_CONFIG_HISTORY_CLEANUP_BATCH_WINDOW_START_TIME", "00:00");
        pb.environment().put("QUARKUS_CAMUNDA_GENERIC_CONFIG_HISTORY_CLEANUP_BATCH_WINDOW_END_TIME", "23:59");
        pb.environment().putAll(env);
        return pb.start();
    }

    private static Path log(int port) {
        return Path.of("target", "it-service-" + port + ".log");
    }

    private void awaitReady(int port) throws InterruptedException {
        Instant until = Instant.now().plus(READY_BOUND); // a bound against a hang, not a speed requirement
        int loadingAnswers = 0;
        while (Instant.now().isBefore(until)) {
            assertThat(running.isAlive()).as("service process alive (see target/it-service-" + port + ".log)").isTrue();
            try {
                io.restassured.response.Response ready = RestAssured.given().baseUri("http://localhost").port(port)
                        .get("/q/health/ready");
                if (ready.statusCode() == 200) {
                    System.out.printf("DEMO answered 503 demo_loading %d times before it was ready%n", loadingAnswers);
                    return;
                }
                assertThat(ready.jsonPath().getString("checks.find { it.name == 'demo data' }.data.stage"))
                        .as("readiness while not ready: " + ready.asString()).isIn("LOADING", null);
                // while the demo loads, the API answers 503 demo_loading with its progress (before authentication)
                io.restassured.response.Response api = RestAssured.given().baseUri("http://localhost").port(port)
                        .auth().preemptive().basic("sme1", "sme1").get("/api/me");
                if (api.statusCode() == 503) {
                    assertThat(api.contentType()).startsWith("application/problem+json");
                    assertThat(api.jsonPath().getString("code")).isEqualTo("demo_loading");
                    assertThat(api.jsonPath().getString("detail")).matches("the demo data is being loaded \\(\\d{1,2} %.*");
                    assertThat(api.header("Retry-After")).isEqualTo("2");
                    loadingAnswers++;
                } else {
                    // the gate opened: the load has committed, so readiness is up from now on
                    assertThat(api.statusCode()).as("/api/me before ready: " + api.asString()).isEqualTo(200);
                    assertThat(readiness(port)).as("readiness once the API answers").isEqualTo(200);
                }
                // the gate comes before authentication and whatever form the path takes
                for (io.restassured.response.Response other : List.of(
                        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive()
                                .basic("sme1", "wrong").get("/api/me"),
                        RestAssured.given().baseUri("http://localhost").port(port).auth().preemptive()
                                .basic("sme1", "sme1").get("/api;x=1/me"))) {
                    if (other.statusCode() != 503) {
                        assertThat(readiness(port)).as("answered " + other.statusCode() + " while loading: "
                                + other.asString()).isEqualTo(200);
                    } else {
                        assertThat(other.jsonPath().getString("code")).isEqualTo("demo_loading");
                    }
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception notYet) { // RestAssured throws the connection's IOException unchecked
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + READY_BOUND + "; see target/it-service-" + port + ".log");
    }

    private static int readiness(int port) {
        return RestAssured.given().baseUri("http://localhost").port(port).get("/q/health/ready").statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
