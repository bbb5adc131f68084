package io.grantflow.users.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * Signing in on the pages as a demo user, through the form, as a browser does it (cookies carried by hand,
 * redirects not followed, so that each step is seen): the session cookie's attributes, a wrong password, a
 * form without its CSRF token, the way back to the page that asked for a sign-in, and signing out.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
public class DemoSignInTest {

    /** Demo mode's sign-in: the demo users are accepted and the pages sign in with the form. */
    public static class DemoUsers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grantflow.test.demo-users", "true",
                    "grantflow.web.sign-in-mechanism", "form",
                    "grantflow.web.secure-cookies", "false");
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** The sign-in page as a browser first sees it: its CSRF token and the cookie that goes with it. */
    private record Form(String token, String csrfCookie) {
    }

    private static Form signInForm() {
        Response page = given().redirects().follow(false).get("/sign-in");
        page.then().statusCode(200).contentType(containsString("text/html"));
        Matcher m = CSRF.matcher(page.asString());
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        String cookie = page.getCookie("csrf-token");
        assertThat(cookie).as("the page sets the CSRF cookie").isNotNull();
        return new Form(m.group(1), cookie);
    }

    private static Response post(Form form, String user, String password, Map<String, String> cookies) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", form.csrfCookie()).cookies(cookies)
                .formParam("j_username", user).formParam("j_password", password);
        if (form.token() != null) {
            request.formParam("csrf-token", form.token());
        }
        return request.post("/j_security_check");
    }

    private static String setCookie(Response response, String name) {
        List<String> all = response.headers().getValues("Set-Cookie");
        return all.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }

    @Test
    void theDemoUsersAreListedWithTheirRolesAndTheFormHasLabelledFields() {
        String page = given().header("Accept-Language", "en").get("/sign-in").then().statusCode(200).extract().asString();
        assertThat(page).contains("<label for=\"j_username\">", "<label for=\"j_password\">",
                "action=\"/j_security_check\"", "<code>sme1</code>", "<code>officer2</code>", "<code>host</code>",
                "programme officer", "autocomplete=\"current-password\"");
        assertThat(given().header("Accept-Language", "fr").get("/sign-in").asString())
                .contains("Connexion", "chargé de programme");
    }

    @Test
    void aDemoUserWhoseNameAPersonOfAnotherIssuerHoldsStaysSignedIn() {
        // a bearer token's person named sme2 registers first: the demo sme2 then gets the handle sme2#…
        // (which of them holds the plain handle depends on who of the run's tests registered an sme2 first — the demo
        // user, this bearer person or another test's: the two are told apart either way, and the demo user stays
        // signed in)
        String bearer = given().auth().oauth2(io.grantflow.support.Tokens.token("sme2", "sme")).get("/api/me").then()
                .statusCode(200).extract().path("username");
        assertThat(bearer).startsWith("sme2");
        Form form = signInForm();
        Response signedIn = post(form, "sme2", "sme2", Map.of());
        signedIn.then().statusCode(302);
        String sessionValue = signedIn.getCookie("quarkus-credential");
        assertThat(sessionValue).as("the session cookie").isNotNull();
        String me = given().cookie("quarkus-credential", sessionValue).redirects().follow(false).get("/me").then()
                .statusCode(200).body(containsString("Signed in as"), containsString("data-role=\"sme\"")).extract()
                .asString();
        java.util.regex.Matcher handle = java.util.regex.Pattern.compile("id=\"signed-in-as\">[^<]*\\((sme2[^)]*)\\)")
                .matcher(me);
        assertThat(handle.find()).as("the demo user's handle on /me").isTrue();
        assertThat(handle.group(1)).isNotEqualTo(bearer);
    }

    @Test
    void aProtectedPageSendsToSignInAndTheFormBringsThePersonBack() {
        Response challenge = given().redirects().follow(false).get("/me");
        challenge.then().statusCode(302).header("Location", endsWith("/sign-in"));
        String location = challenge.getCookie("quarkus-redirect-location");
        assertThat(location).endsWith("/me");

        Form form = signInForm();
        Response signedIn = post(form, "sme1", "sme1", Map.of("quarkus-redirect-location", location));
        signedIn.then().statusCode(302).header("Location", endsWith("/me"));
        String session = setCookie(signedIn, "quarkus-credential");
        assertThat(session).as("the session cookie").isNotNull()
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        String sessionValue = signedIn.getCookie("quarkus-credential");

        String me = given().cookie("quarkus-credential", sessionValue).get("/me").then().statusCode(200)
                .body(containsString("Signed in as sme1 (sme1")) // the handle: sme1, or sme1#… when another issuer's sme1 came first
                .body(containsString("data-role=\"sme\"")).extract().asString();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("Signed in as sme1 \\((sme1[^)]*)\\)").matcher(me);
        assertThat(shown.find()).as("the handle on /me").isTrue();
        // the page's session is not a way into the API: the API takes bearer tokens and Basic only
        given().cookie("quarkus-credential", sessionValue).get("/api/me").then().statusCode(401);
        // the same demo user through the API is the same person (the same user record)
        given().auth().preemptive().basic("sme1", "sme1").get("/api/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo(shown.group(1)))
                .body("roles", org.hamcrest.Matchers.contains("sme"));
        // signed in, the sign-in page sends on
        given().redirects().follow(false).cookie("quarkus-credential", sessionValue).get("/sign-in")
                .then().statusCode(303).header("Location", endsWith("/me"));
    }

    @Test
    void signInFromAnyPageReturnsToItWhenItIsALocalPath() {
        Response page = given().redirects().follow(false).get("/sign-in?redirect=/open-calls/3/apply?draft=1");
        String location = page.getCookie("quarkus-redirect-location");
        assertThat(location).startsWith("http://").endsWith("/open-calls/3/apply?draft=1");
        Form form = new Form(CSRF.matcher(page.asString()).results().findFirst().orElseThrow().group(1),
                page.getCookie("csrf-token"));
        post(form, "OFFICER", "officer", Map.of("quarkus-redirect-location", location))
                .then().statusCode(302).header("Location", endsWith("/open-calls/3/apply?draft=1"));

        for (String elsewhere : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "me")) {
            Response refused = given().redirects().follow(false).queryParam("redirect", elsewhere).get("/sign-in");
            refused.then().statusCode(200);
            assertThat(refused.getCookie("quarkus-redirect-location")).as(elsewhere).isNull();
        }
    }

    @Test
    void aWrongPasswordShowsAnErrorOnThePage() {
        Form form = signInForm();
        Response refused = post(form, "sme1", "not-the-password", Map.of());
        refused.then().statusCode(302).header("Location", endsWith("/sign-in?error=true"));
        assertThat(setCookie(refused, "quarkus-credential")).isNull();
        given().get("/sign-in?error=true").then().statusCode(200)
                .body(containsString("role=\"alert\""))
                .body(containsString("The user name or the password is wrong"));
        given().get("/sign-in").then().body(not(containsString("role=\"alert\"")));
    }

    @Test
    void aSignInWithoutItsCsrfTokenIsRefused() {
        Form form = signInForm();
        Response noToken = post(new Form(null, form.csrfCookie()), "sme1", "sme1", Map.of());
        noToken.then().statusCode(302).header("Location", endsWith("/sign-in?error=true"));
        assertThat(setCookie(noToken, "quarkus-credential")).isNull();
        Response otherToken = post(new Form(signInForm().token(), form.csrfCookie()), "sme1", "sme1", Map.of());
        assertThat(setCookie(otherToken, "quarkus-credential")).isNull();
        // without any CSRF cookie at all
        Response noCookie = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "sme1").formParam("j_password", "sme1").formParam("csrf-token", form.token())
                .post("/j_security_check");
        assertThat(setCookie(noCookie, "quarkus-credential")).isNull();
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() {
        Form form = signInForm();
        Response signedIn = post(form, "evaluator1", "evaluator1", Map.of());
        String session = signedIn.getCookie("quarkus-credential");
        assertThat(session).isNotNull();
        String me = given().cookie("quarkus-credential", session).cookie("csrf-token", form.csrfCookie())
                .get("/me").then().statusCode(200).extract().asString();
        String token = CSRF.matcher(me).results().findFirst().orElseThrow().group(1);

        given().redirects().follow(false).cookie("quarkus-credential", session).cookie("csrf-token", form.csrfCookie())
                .contentType("application/x-www-form-urlencoded").formParam("other", "x")
                .post("/sign-out").then().statusCode(400);

        Response out = given().redirects().follow(false).cookie("quarkus-credential", session)
                .cookie("csrf-token", form.csrfCookie())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .post("/sign-out");
        out.then().statusCode(303).header("Location", endsWith("/sign-in?signedOut=true"));
        assertThat(setCookie(out, "quarkus-credential")).contains("Max-Age=0");
        given().get("/sign-in?signedOut=true").then().body(containsString("You have signed out."));
    }
}
