package io.grantflow.users.web;

import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A service with a configured database and no identity provider (the tests' default configuration): nobody can
 * sign in on the pages, the demo users are refused, and the API answers exactly as without pages: no cookie,
 * no CSRF check on its POSTs whatever their media type.
 */
@QuarkusTest
class SignInWithoutProviderTest {

    @Test
    void theSignInPageSaysSigningInIsNotAvailable() {
        given().get("/sign-in").then().statusCode(200)
                .body(containsString("Signing in is not available"))
                .body(not(containsString("j_security_check")))
                .body(not(containsString("sme1")));
        given().header("Accept-Language", "de").get("/sign-in").then().body(containsString("Anmelden"));
    }

    @Test
    void aProtectedPageDoesNotOpenAndTheDemoFormIsRefused() {
        Response me = given().redirects().follow(false).get("/me");
        // to the sign-in page, which says that signing in is not available
        assertThat(me.statusCode()).isEqualTo(302);
        assertThat(me.getHeader("Location")).endsWith("/sign-in");
        Response form = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "officer").formParam("j_password", "officer").post("/j_security_check");
        assertThat(form.getHeader("Set-Cookie")).as("no session").satisfiesAnyOf(c -> assertThat(c).isNull(),
                c -> assertThat(c).doesNotContain("quarkus-credential"));
    }

    @Test
    void apiAnswersCarryNoCookieAndItsPostsNeedNoCsrfToken() {
        Response calls = given().get("/api/calls");
        calls.then().statusCode(200);
        assertThat(calls.headers().getValues("Set-Cookie")).isEmpty();
        Response me = given().auth().oauth2(Tokens.token("no-cookie.user", "applicant")).get("/api/me");
        me.then().statusCode(200);
        assertThat(me.headers().getValues("Set-Cookie")).isEmpty();
        // a form-typed POST to the API is the API's business (here: a body-less act, refused for the role), not 400
        given().auth().oauth2(Tokens.token("no-cookie.user", "applicant"))
                .contentType("application/x-www-form-urlencoded").post("/api/calls/NO-SUCH-CALL/publish")
                .then().statusCode(403);
    }
}
