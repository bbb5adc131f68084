package io.grantflow.security;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Limits on what clients send: U+0000 anywhere, body size, and the rate of requests that are not
 * authenticated. The limiter reads the business clock, which these tests freeze: the counts are exact
 * however slow the machine is.
 */
@QuarkusTest
@SendsInvalidRequests("oversized, NUL-laden and unauthenticated requests")
@TestProfile(RequestLimitsTest.LowPublicRate.class)
class RequestLimitsTest {

    /** Requests per minute and address in this profile: one request refills every 3 s. */
    static final int LIMIT = 20;

    public static class LowPublicRate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grantflow.rate-limit.public-per-minute", String.valueOf(LIMIT));
        }
    }

    @BeforeEach
    void aFullBucketAtAFrozenInstant() {
        TestClock.freeze(); // once frozen it stays at its instant; only advance() moves it, forward
        TestClock.advance(Duration.ofMinutes(1)); // a minute refills the whole bucket
    }

    /**
     * Reset once after the class, not after each test: a reset moves time back, and the next test's minute
     * would only make up for it instead of refilling the bucket.
     */
    @AfterAll
    static void resetClock() {
        TestClock.reset();
    }

    @Test
    void nulCharactersInPathsQueriesAndBodiesAreRefused() {
        // in a path the character never reaches a query: no call has such an identifier
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.officer()).get("/api/calls/a%00b").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)))
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.officer()).get("/api/proposals?call=a%00b").then().statusCode(400)
                .body("code", equalTo("malformed_request"));
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.officer()).get("/api/calls?status=%00").then().statusCode(400);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body("{\"username\":\"a\\u0000b\",\"name\":\"x\",\"nationality\":\"FR\"}").post("/api/experts").then()
                .statusCode(400);
    }

    @Test
    void aBodyAboveOneMegabyteIsRefused() {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + "x".repeat(1_100_000) + "\"}").post("/api/experts").then().statusCode(413);
    }

    @Test
    void unauthenticatedRequestsAreRateLimitedPerAddressAndRefillWithTime() {
        for (int i = 0; i < LIMIT; i++) {
            given().get("/api/open-calls").then().statusCode(200);
        }
        assertLimited(given(), 3);
        TestClock.advance(Duration.ofMillis(2_999));
        assertLimited(given(), 1);
        TestClock.advance(Duration.ofMillis(1));
        given().get("/api/open-calls").then().statusCode(200);
        assertLimited(given(), 3);
        TestClock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < LIMIT; i++) {
            given().get("/api/open-calls").then().statusCode(200);
        }
        assertLimited(given(), 3);
    }

    @Test
    void aGarbageOrInvalidAuthorizationHeaderCountsAgainstTheLimit() {
        // before: any Authorization header, even "x", skipped the limit
        for (int i = 0; i < LIMIT / 2; i++) {
            given().header("Authorization", "x").get("/api/open-calls").then().statusCode(200);
        }
        for (int i = 0; i < LIMIT / 2; i++) {
            given().auth().oauth2("not-a-token").get("/api/calls").then().statusCode(401)
                    .body("code", equalTo("unauthenticated"));
        }
        assertLimited(given().header("Authorization", "x"), 3);
        assertLimited(given().auth().oauth2("not-a-token"), 3);
        assertLimited(given().auth().oauth2(Tokens.officer() + "x"), 3); // a token whose signature does not verify
        assertLimited(given(), 3);
    }

    @Test
    void aValidTokenIsNotLimited() {
        for (int i = 0; i < LIMIT; i++) {
            given().get("/api/open-calls").then().statusCode(200);
        }
        assertLimited(given(), 3);
        for (int i = 0; i < 3 * LIMIT; i++) {
            given().auth().oauth2(Tokens.officer()).get("/api/open-calls").then().statusCode(200);
        }
    }

    @Test
    void xForwardedForFromAnUntrustedAddressIsIgnored() {
        // no trusted proxy in this profile: the socket address (127.0.0.1) counts, whatever the header claims
        for (int i = 0; i < LIMIT; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).get("/api/open-calls").then().statusCode(200);
        }
        assertLimited(given().header("X-Forwarded-For", "198.51.100.200"), 3);
        assertLimited(given(), 3);
    }

    /** The request is refused with 429, Retry-After in whole seconds and a problem body. */
    static void assertLimited(RequestSpecification request, int retryAfterSeconds) {
        request.get("/api/open-calls").then().statusCode(429)
                .header("Retry-After", String.valueOf(retryAfterSeconds))
                .contentType("application/problem+json")
                .body("code", equalTo("rate_limited"));
    }
}
