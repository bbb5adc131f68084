package io.grantflow.security;

import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Limits on what clients send: U+0000 anywhere, body size, and the rate of unauthenticated requests. */
@QuarkusTest
@TestProfile(RequestLimitsTest.LowPublicRate.class)
class RequestLimitsTest {

    public static class LowPublicRate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grantflow.rate-limit.public-per-minute", "20");
        }
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
    void unauthenticatedRequestsAreRateLimitedPerAddress() {
        for (int i = 0; i < 20; i++) {
            given().get("/api/open-calls").then().statusCode(200);
        }
        // the bucket refills one request every 3 s: on a slow machine one more may pass, not five
        io.restassured.response.Response limited = null;
        for (int i = 0; i < 5 && limited == null; i++) {
            io.restassured.response.Response r = given().get("/api/open-calls");
            if (r.statusCode() != 200) {
                limited = r;
            }
        }
        org.assertj.core.api.Assertions.assertThat(limited).as("a 429 within 5 requests after the 20").isNotNull();
        limited.then().statusCode(429).header("Retry-After", "1")
                .contentType("application/problem+json").body("code", equalTo("rate_limited"));
        // authenticated clients are not limited by it
        given().auth().oauth2(Tokens.officer()).get("/api/open-calls").then().statusCode(200);
    }
}
