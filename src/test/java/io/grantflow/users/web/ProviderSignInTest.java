package io.grantflow.users.web;

import io.grantflow.support.StandInIdentityProvider;
import io.grantflow.support.StandInIdentityProvider.Person;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Signing in on the pages through an identity provider (OpenID Connect authorization-code flow, as in
 * production), against a stand-in provider that this test starts. The service starts while the provider does
 * not answer yet (its port is closed) and serves the API and the public pages meanwhile; once the provider
 * answers, a person signs in there and comes back signed in with the roles of their access token and the same
 * user record as their bearer tokens on the API.
 */
@QuarkusTest
@TestProfile(ProviderSignInTest.WithProvider.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderSignInTest {

    /** The identity provider configured as in production, at the stand-in's address (closed until a test starts it). */
    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + StandInIdentityProvider.port(),
                    "quarkus.oidc.client-id", StandInIdentityProvider.CLIENT_ID,
                    "quarkus.oidc.credentials.secret", StandInIdentityProvider.CLIENT_SECRET,
                    "quarkus.oidc.connection-timeout", "PT2S");
        }
    }

    private static final StandInIdentityProvider PROVIDER = new StandInIdentityProvider(StandInIdentityProvider.port());
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    /** The cookies a browser keeps between requests (names and values; a Max-Age=0 cookie is dropped). */
    private static final class Browser {
        final Map<String, String> cookies = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();

        Response get(String url) {
            return keep(given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(url));
        }

        Response keep(Response response) {
            for (String header : response.headers().getValues("Set-Cookie")) {
                String[] nameValue = header.split(";", 2)[0].split("=", 2);
                if (header.toLowerCase().contains("max-age=0") || nameValue[1].isEmpty()) {
                    cookies.remove(nameValue[0]);
                } else {
                    cookies.put(nameValue[0], nameValue[1]);
                    attributes.put(nameValue[0], header);
                }
            }
            return response;
        }

        /** Follows the provider's side (the stand-in signs in whoever the test named) back to the service. */
        Response throughTheProvider(Response challenge) {
            String authorize = challenge.header("Location");
            assertThat(authorize).startsWith(PROVIDER.url() + "/authorize");
            assertThat(StandInIdentityProvider.queryParameter(authorize, "redirect_uri")).endsWith("/sign-in/callback");
            Response back = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize);
            back.then().statusCode(302);
            return get(back.header("Location"));
        }
    }

    @Test
    @Order(1)
    void whileTheProviderDoesNotAnswerTheApiAndPublicPagesDo() {
        assertThat(PROVIDER.running()).as("this test runs before the provider is started").isFalse();
        given().get("/api/calls").then().statusCode(200);
        given().auth().oauth2(Tokens.token("api.user", "applicant")).get("/api/me").then().statusCode(200)
                .body("username", equalTo("api.user"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/sign-in").then().statusCode(200).body(containsString("href=\"/sign-in/provider\""));
        // a page that needs a signed-in person cannot start the sign-in yet: "try again in a moment" (503 with
        // Retry-After, in the visitor's language), without a hang, and the service goes on answering
        Response me = given().redirects().follow(false).get("/me");
        assertThat(me.statusCode()).isEqualTo(503);
        assertThat(me.contentType()).startsWith("text/html");
        assertThat(me.header("Retry-After")).isEqualTo("30");
        assertThat(me.asString()).contains("Please try again in a moment.").doesNotContain("OIDC", "Exception");
        Response moi = given().redirects().follow(false).header("Accept-Language", "fr").get("/my/applications");
        assertThat(moi.statusCode()).isEqualTo(503);
        assertThat(moi.asString()).contains("lang=\"fr\"");
        given().get("/api/calls").then().statusCode(200);
    }

    @Test
    @Order(2)
    void aPersonSignsInAtTheProviderWithTheRolesAndTheUserRecordOfTheirBearerTokens() throws Exception {
        PROVIDER.start();
        PROVIDER.nextSignIn(new Person("kc-4711", "Alice.Web", "Alice Web", List.of("officer")));
        Browser browser = new Browser();
        Response challenge = browser.get("/me");
        challenge.then().statusCode(302);
        Response callback = browser.throughTheProvider(challenge);
        callback.then().statusCode(302).header("Location", endsWith("/me"));
        assertThat(browser.cookies).containsKey("q_session");
        assertThat(browser.attributes.get("q_session")).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");

        browser.get("/me").then().statusCode(200)
                .body(containsString("Signed in as Alice Web (alice.web)"))
                .body(containsString("data-role=\"officer\""));
        // the same person with a bearer token on the API (same issuer and subject): the same user record
        Map<String, Object> claims = Tokens.claims("alice.web", "officer");
        claims.put("sub", "kc-4711");
        claims.put("name", "Alice Web");
        given().auth().oauth2(Tokens.signed(claims)).get("/api/me").then().statusCode(200)
                .body("username", equalTo("alice.web")).body("displayName", equalTo("Alice Web"));
        // the session cookie is not a way into the API
        given().cookies(browser.cookies).get("/api/me").then().statusCode(401);
    }

    @Test
    @Order(3)
    void theSignInLinkReturnsToThePageItCameFromAndSignOutEndsTheSession() throws Exception {
        PROVIDER.start();
        PROVIDER.nextSignIn(new Person("kc-0815", "sme.web", "SME Web", List.of("sme")));
        Browser browser = new Browser();
        String page = browser.get("/sign-in?redirect=/open-calls/3/apply").then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/sign-in/provider?redirect=%2Fopen-calls%2F3%2Fapply\"");
        Response challenge = browser.get("/sign-in/provider?redirect=%2Fopen-calls%2F3%2Fapply");
        Response callback = browser.throughTheProvider(challenge);
        callback.then().statusCode(302).header("Location", containsString("/sign-in/provider?redirect="));
        browser.get(callback.header("Location")).then().statusCode(303)
                .header("Location", endsWith("/open-calls/3/apply"));

        String me = browser.get("/me").then().statusCode(200).body(containsString("data-role=\"sme\""))
                .extract().asString();
        assertThat(browser.attributes.get("csrf-token")).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure");
        String token = CSRF.matcher(me).results().findFirst().orElseThrow().group(1);
        // without the token the form is refused
        given().redirects().follow(false).cookies(browser.cookies).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/sign-out").then().statusCode(400);
        Response out = browser.keep(given().redirects().follow(false).cookies(browser.cookies)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token).post("/sign-out"));
        out.then().statusCode(303).header("Location", endsWith("/sign-in?signedOut=true"));
        assertThat(browser.cookies).doesNotContainKey("q_session");
        browser.get("/me").then().statusCode(302).header("Location", startsWith(PROVIDER.url()));
    }
}
