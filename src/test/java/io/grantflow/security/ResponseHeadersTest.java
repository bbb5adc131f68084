package io.grantflow.security;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every API response, successful or not, tells browsers not to sniff content types, not to send
 * referrers, not to frame it, and not to store it (API responses carry personal and bank data).
 */
@QuarkusTest
class ResponseHeadersTest {

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void successfulResponsesAreHardened() {
        hardened(given().auth().oauth2(Tokens.officer()).get("/api/me").then().statusCode(200));
        hardened(given().get("/api/calls").then().statusCode(200));
    }

    @SendsInvalidRequests("a body that is not JSON")
    @Test
    void errorResponsesAreHardened() {
        hardened(given().auth().oauth2(Tokens.officer()).get("/api/calls/NO-SUCH-CALL").then().statusCode(404));
        hardened(given().get("/api/me").then().statusCode(401));
        hardened(given().auth().oauth2("not-a-token").get("/api/me").then().statusCode(401));
        hardened(given().auth().oauth2(Tokens.applicant()).contentType("application/json").body("{")
                .post("/api/organisations").then().statusCode(400));
        hardened(given().auth().oauth2(Tokens.applicant()).get("/api/payments").then().statusCode(403));
    }
}
