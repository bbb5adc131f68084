package io.grantflow.security;

import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.grantflow.security.RequestLimitsTest.LIMIT;
import static io.grantflow.security.RequestLimitsTest.assertLimited;
import static io.restassured.RestAssured.given;

/**
 * Behind a trusted proxy (here: the test client's 127.0.0.1) the rate limit counts the client named by
 * {@code X-Forwarded-For}: two clients behind one proxy have two buckets.
 */
@QuarkusTest
@TestProfile(TrustedProxyRateLimitTest.BehindTrustedProxy.class)
class TrustedProxyRateLimitTest {

    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grantflow.rate-limit.public-per-minute", String.valueOf(LIMIT),
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @BeforeEach
    void frozen() {
        TestClock.freeze();
        TestClock.advance(Duration.ofMinutes(1));
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
    void eachForwardedClientHasItsOwnBucket() {
        for (int i = 0; i < LIMIT; i++) {
            given().header("X-Forwarded-For", "198.51.100.7").get("/api/open-calls").then().statusCode(200);
        }
        assertLimited(given().header("X-Forwarded-For", "198.51.100.7"), 3);
        for (int i = 0; i < LIMIT; i++) {
            given().header("X-Forwarded-For", "198.51.100.8").get("/api/open-calls").then().statusCode(200);
        }
        assertLimited(given().header("X-Forwarded-For", "198.51.100.8"), 3);
        // the proxy's own requests without the header are a third client
        given().get("/api/open-calls").then().statusCode(200);
    }
}
