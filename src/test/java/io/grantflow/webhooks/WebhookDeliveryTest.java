package io.grantflow.webhooks;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks through the real stack: an award is told to the SME's organisation's endpoint and to the
 * programme's, signed as the Standard Webhooks spec says (checked here by an independent implementation);
 * a failed delivery is retried with the same message id; one that keeps failing is FAILED after its window.
 * Time is moved with the TestClock, never waited for.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static SignedGrant grant;

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<Long> officerEndpoints = new ArrayList<>();

    @AfterEach
    void tidy() {
        TestClock.reset();
        officerEndpoints.forEach(id -> officer().delete("/api/webhooks/{id}", id));
        receivers.forEach(Receiver::close);
    }

    private static synchronized SignedGrant grant() {
        if (grant == null) {
            grant = GrantFixtures.signedGrant();
        }
        return grant;
    }

    private Receiver receiver(Receiver r) {
        receivers.add(r);
        return r;
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON);
    }

    private static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(Tokens.token(user, role)).contentType(ContentType.JSON);
    }

    private JsonPath registerProgrammeEndpoint(Receiver r, List<String> events) {
        JsonPath endpoint = officer().body(Receiver.registration(r.url(), events, null)).post("/api/webhooks")
                .then().statusCode(201).extract().jsonPath();
        officerEndpoints.add(endpoint.getLong("id"));
        return endpoint;
    }

    /** An SME applies to a first-come-first-served lump sum and is awarded at once; returns the application id. */
    private static long award(Sme sme) {
        long openCall = GrantFixtures.halfOnAwardCall(grant(), "10000.00");
        return asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An endpoint of the SME's own organisation: it hears only this SME's events, whatever other tests do meanwhile. */
    private static long registerSmeEndpoint(Sme sme, Receiver r, List<String> events) {
        return asSme(sme).body(Receiver.registration(r.url(), events, sme.organisation())).post("/api/webhooks")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath smeDeliveries(Sme sme, long endpoint) {
        return asSme(sme).get("/api/webhooks/{id}/deliveries", endpoint).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath deliveries(long endpoint) {
        return officer().get("/api/webhooks/{id}/deliveries", endpoint).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAwardReachesTheOrganisationsAndTheProgrammesEndpointsSigned() throws Exception {
        grant();
        Sme sme = GrantFixtures.sme("FR");
        Receiver ofOrganisation = receiver(Receiver.answering(204));
        Receiver ofProgramme = receiver(Receiver.answering(200));

        var created = as(sme.user(), "sme").body(Receiver.registration(ofOrganisation.url(), List.of("AWARDED", "REFUSED"),
                sme.organisation())).post("/api/webhooks").then().statusCode(201);
        JsonPath orgEndpoint = created.extract().jsonPath();
        assertThat(created.extract().header("Location")).endsWith("/api/webhooks/" + orgEndpoint.getLong("id"));
        String orgSecret = orgEndpoint.getString("secret");
        assertThat(orgSecret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(orgSecret.substring(6))).hasSize(32);
        assertThat(orgEndpoint.getLong("organisation")).isEqualTo(sme.organisation());
        JsonPath programmeEndpoint = registerProgrammeEndpoint(ofProgramme, List.of("*"));
        String programmeSecret = programmeEndpoint.getString("secret");
        assertThat(programmeSecret).isNotEqualTo(orgSecret);

        // listed to their owners, without the secret
        String listed = as(sme.user(), "sme").get("/api/webhooks").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(listed).getList("items.id", Long.class)).containsExactly(orgEndpoint.getLong("id"));
        assertThat(listed).doesNotContain(orgSecret).doesNotContain("secret");
        assertThat(officer().get("/api/webhooks?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).contains(programmeEndpoint.getLong("id"))
                .doesNotContain(orgEndpoint.getLong("id"));

        long application = award(sme);
        String reference = "application:" + application;

        Receiver.Received toOrganisation = Await.until(() -> ofOrganisation.about(reference), l -> !l.isEmpty(),
                Duration.ofMinutes(1), "the award delivered to the organisation's endpoint").get(0);
        Receiver.Received toProgramme = Await.until(() -> ofProgramme.about(reference),
                l -> l.stream().anyMatch(r -> r.body().contains("\"AWARDED\"")), Duration.ofMinutes(1),
                "the award delivered to the programme's endpoint").stream()
                .filter(r -> r.body().contains("\"AWARDED\"")).findFirst().orElseThrow();

        for (var pair : List.of(Map.entry(toOrganisation, orgSecret), Map.entry(toProgramme, programmeSecret))) {
            Receiver.Received r = pair.getKey();
            assertThat(r.id()).startsWith("msg_");
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(Long.parseLong(r.timestamp())).isCloseTo(TestClock.now().getEpochSecond(), org.assertj.core.data.Offset.offset(600L));
            assertThat(verifies(pair.getValue(), r.id(), r.timestamp(), r.body(), r.signature())).as("signature").isTrue();
            assertThat(verifies(pair.getValue(), r.id(), r.timestamp(), r.body().replace("AWARDED", "REFUSED"),
                    r.signature())).as("a tampered body").isFalse();
            assertThat(verifies(pair.getValue(), r.id(), String.valueOf(Long.parseLong(r.timestamp()) + 1), r.body(),
                    r.signature())).as("another timestamp").isFalse();
        }
        assertThat(verifies(programmeSecret, toOrganisation.id(), toOrganisation.timestamp(), toOrganisation.body(),
                toOrganisation.signature())).as("another endpoint's secret").isFalse();
        assertThat(toOrganisation.id()).isNotEqualTo(toProgramme.id());

        JsonPath payload = JsonPath.from(toOrganisation.body());
        assertThat(payload.getString("type")).isEqualTo("AWARDED");
        assertThat(payload.getString("timestamp")).isNotBlank();
        assertThat(payload.getString("data.reference")).isEqualTo(reference);
        assertThat(payload.getString("data.amount")).matches("\\d+\\.\\d{2}");
        assertThat(payload.getString("data.application")).isEqualTo(String.valueOf(application));
        Map<String, Object> data = payload.getMap("data");
        assertThat(data.keySet()).noneMatch(k -> k.contains(":"));
        assertThat(toOrganisation.body()).doesNotContain("@");

        JsonPath delivered = Await.until(() -> as(sme.user(), "sme").get("/api/webhooks/{id}/deliveries",
                        orgEndpoint.getLong("id")).then().statusCode(200).extract().jsonPath(),
                j -> "DELIVERED".equals(j.getString("items[0].status")), Duration.ofMinutes(1), "the delivery recorded");
        assertThat(delivered.getInt("totalItems")).isEqualTo(1);
        assertThat(delivered.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(delivered.getInt("items[0].lastStatusCode")).isEqualTo(204);
        assertThat(delivered.getString("items[0].messageId")).isEqualTo(toOrganisation.id());
        assertThat(delivered.getString("items[0].eventKind")).isEqualTo("AWARDED");

        // a stranger neither sees nor touches the organisation's endpoint
        long orgId = orgEndpoint.getLong("id");
        String stranger = GrantFixtures.sme("IT").user();
        assertThat(as(stranger, "sme").get("/api/webhooks").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).doesNotContain(orgId);
        as(stranger, "sme").get("/api/webhooks/{id}/deliveries", orgId).then().statusCode(404);
        as(stranger, "sme").delete("/api/webhooks/{id}", orgId).then().statusCode(404);
        officer().get("/api/webhooks/{id}/deliveries", orgId).then().statusCode(404);
        as(stranger, "sme").body(Receiver.registration(ofOrganisation.url(), List.of("*"), sme.organisation()))
                .post("/api/webhooks").then().statusCode(403).body("code", org.hamcrest.Matchers.equalTo("not_a_member"));
        as(stranger, "sme").body(Receiver.registration(ofOrganisation.url(), List.of("*"), null))
                .post("/api/webhooks").then().statusCode(403).body("code", org.hamcrest.Matchers.equalTo("officers_only"));
        as(stranger, "sme").get("/api/webhooks/{id}/deliveries", programmeEndpoint.getLong("id")).then().statusCode(404);

        // the owner disables it
        as(sme.user(), "sme").delete("/api/webhooks/{id}", orgId).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aDeliveryRefusedOnceIsRetriedWithTheSameMessageId() {
        grant();
        Receiver flaky = receiver(new Receiver(n -> n == 1 ? 500 : 200));
        Sme sme = GrantFixtures.sme("DE");
        long endpoint = registerSmeEndpoint(sme, flaky, List.of("AWARDED"));
        TestClock.freeze();
        award(sme);

        JsonPath first = Await.until(() -> smeDeliveries(sme, endpoint), j -> j.getInt("items[0].attempts") == 1,
                Duration.ofMinutes(1), "a first attempt");
        assertThat(first.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(first.getInt("items[0].lastStatusCode")).isEqualTo(500);
        assertThat(first.getString("items[0].nextAttemptAt")).isNotNull();

        TestClock.advance(Duration.ofSeconds(6));
        JsonPath done = Await.until(() -> smeDeliveries(sme, endpoint), j -> "DELIVERED".equals(j.getString("items[0].status")),
                Duration.ofMinutes(1), "the retry delivered");
        assertThat(done.getInt("items[0].attempts")).isEqualTo(2);
        assertThat(done.getInt("items[0].lastStatusCode")).isEqualTo(200);
        assertThat(done.getString("items[0].lastError")).isNull();
        assertThat(flaky.received()).hasSize(2);
        assertThat(flaky.received().get(0).id()).isEqualTo(flaky.received().get(1).id())
                .isEqualTo(done.getString("items[0].messageId"));
        assertThat(flaky.received().get(0).body()).isEqualTo(flaky.received().get(1).body());
    }

    @Test
    void aDeliveryThatKeepsFailingIsFailedAfterItsWindow() {
        grant();
        Receiver broken = receiver(Receiver.answering(500));
        Sme sme = GrantFixtures.sme("BE");
        long endpoint = registerSmeEndpoint(sme, broken, List.of("AWARDED"));
        TestClock.freeze();
        award(sme);

        Await.until(() -> smeDeliveries(sme, endpoint), j -> j.getInt("items[0].attempts") == 1, Duration.ofMinutes(1),
                "a first attempt");
        TestClock.advance(Duration.ofHours(25));
        JsonPath failed = Await.until(() -> smeDeliveries(sme, endpoint), j -> "FAILED".equals(j.getString("items[0].status")),
                Duration.ofMinutes(1), "the delivery given up");
        assertThat(failed.getInt("items[0].attempts")).isEqualTo(2);
        assertThat(failed.getInt("items[0].lastStatusCode")).isEqualTo(500);
        assertThat(failed.getString("items[0].lastError")).isEqualTo("HTTP 500");
        assertThat(failed.getString("items[0].nextAttemptAt")).isNull();
        assertThat(broken.received()).hasSize(2);
    }

    @SendsInvalidRequests("a field the request does not have")
    @Test
    void everyProblemOfARegistrationIsReportedAtOnce() {
        officer().body(Map.of("url", "not a url", "events", List.of("AWARDED", "NOPE", "awarded")))
                .post("/api/webhooks").then().statusCode(422)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_webhook"))
                .body("violations.code", org.hamcrest.Matchers.contains("webhook_url_invalid", "unknown_event_kind",
                        "unknown_event_kind"))
                .body("violations.field", org.hamcrest.Matchers.contains("url", "events[1]", "events[2]"));
        officer().body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of()))
                .post("/api/webhooks").then().statusCode(422)
                .body("violations.code", org.hamcrest.Matchers.contains("required"));
        officer().body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("*"), "secret", "mine"))
                .post("/api/webhooks").then().statusCode(400);
    }

    /** The receiver's side, written from the spec: HMAC-SHA256 keyed with the secret's bytes, compared in constant time. */
    static boolean verifies(String secret, String id, String timestamp, String body, String header) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return Arrays.stream(header.split(" ")).filter(s -> s.startsWith("v1,"))
                .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
    }
}
