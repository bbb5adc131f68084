package io.grantflow.security;

import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With {@code mp.jwt.verify.audiences} configured, a token must name one of those audiences. */
@QuarkusTest
@TestProfile(AudienceTest.WithAudience.class)
class AudienceTest {

    public static class WithAudience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.audiences", "grantflow-api");
        }
    }

    @Test
    void aTokenMustNameTheConfiguredAudience() {
        Map<String, Object> none = Tokens.claims("aud-none", "applicant");
        given().auth().oauth2(Tokens.signed(none)).get("/api/me").then().statusCode(401)
                .body("code", equalTo("unauthenticated"));

        Map<String, Object> other = Tokens.claims("aud-other", "applicant");
        other.put("aud", "another-service");
        given().auth().oauth2(Tokens.signed(other)).get("/api/me").then().statusCode(401)
                .body("code", equalTo("unauthenticated"));

        Map<String, Object> right = Tokens.claims("aud-right", "applicant");
        right.put("aud", "grantflow-api");
        given().auth().oauth2(Tokens.signed(right)).get("/api/me").then().statusCode(200)
                .body("username", equalTo("aud-right"));

        Map<String, Object> among = Tokens.claims("aud-among", "applicant");
        among.put("aud", List.of("another-service", "grantflow-api"));
        given().auth().oauth2(Tokens.signed(among)).get("/api/me").then().statusCode(200);
    }
}
