package io.grantflow.cascade.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.DemoSmeFixtures;
import io.grantflow.support.TestClock;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The "My applications" pages as a browser uses them, without a browser: the demo SME {@code sme1} signs in through
 * the form, its organisation (registered through the API) applies through the API, and the pages show the list, one
 * application with its tranches, and take the report and the withdrawal as form posts with the CSRF token: 303 back
 * to the page on success; 409 and 422 shown on the page in plain words with the code and the typed text.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class MyApplicationFormsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** A person signed in on the pages: their session cookie and the CSRF cookie of their browser. */
    record Session(String cookie, String csrf) {

        RequestSpecification request() {
            return given().redirects().follow(false).cookie("quarkus-credential", cookie).cookie("csrf-token", csrf)
                    .header("Accept-Language", "en");
        }

        /** A page's form posted as a browser does, with the token the page carries. */
        Response post(String page, String action, Map<String, String> fields) {
            String html = request().get(page).then().statusCode(200).extract().asString();
            Matcher m = CSRF.matcher(html);
            assertThat(m.find()).as("the page %s carries a CSRF token", page).isTrue();
            return request().contentType(ContentType.URLENC).formParam("csrf-token", m.group(1)).formParams(fields)
                    .post(action);
        }
    }

    /** An amount as the pages write it: as the JDK formats it for the language. */
    static String eur(String amount, Locale language) {
        return Formats.money(Money.eur(amount), language);
    }

    private static SignedGrant grant;
    private static long organisation;
    private static Session sme1;

    /** Signs a demo user in through the form, as DemoSignInTest does. */
    static Session signIn(String user) {
        Response page = given().redirects().follow(false).get("/sign-in");
        Matcher m = CSRF.matcher(page.asString());
        assertThat(m.find()).isTrue();
        String csrf = page.getCookie("csrf-token");
        Response signedIn = given().redirects().follow(false).contentType(ContentType.URLENC).cookie("csrf-token", csrf)
                .formParam("j_username", user).formParam("j_password", user).formParam("csrf-token", m.group(1))
                .post("/j_security_check");
        signedIn.then().statusCode(302);
        String session = signedIn.getCookie("quarkus-credential");
        assertThat(session).as("%s's session", user).isNotNull();
        return new Session(session, csrf);
    }

    static RequestSpecification asSme1() {
        return DemoSmeFixtures.asSme1();
    }

    static long apply(long organisation, long openCall, String status) {
        return DemoSmeFixtures.apply(organisation, openCall, status);
    }

    @BeforeEach
    void setUp() {
        TestClock.reset();
        if (grant == null) {
            grant = GrantFixtures.signedGrant();
            organisation = DemoSmeFixtures.organisation();
        }
        sme1 = signIn("sme1");
    }

    @Test
    void theListShowsEachApplicationWithItsStatusMoneyAndWhatIsNext() {
        long call = GrantFixtures.halfOnAwardCall(grant, "2000.00");
        long id = apply(organisation, call, "AWARDED");
        String title = given().get("/api/open-calls/{id}", call).jsonPath().getString("title");

        String list = sme1.request().get("/my/applications").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(list).contains("<h1>My applications</h1>", "href=\"/my/applications/" + id + "\"", title,
                "Awarded", eur("1000.00", Languages.ENGLISH), "Report with proof due by", "Brussels time", "href=\"/my/notifications\"");
        // the same list through the API, for the same person
        asSme1().get("/api/me/applications?size=100").then().statusCode(200).body("items.id", hasItem((int) id));
        // in French, amounts as the JDK writes them for French
        String french = sme1.request().get("/my/applications?lang=fr").then().statusCode(200).extract().asString();
        assertThat(french).contains("Mes candidatures", "Accordée", eur("1000.00", Locale.FRENCH));
        // an unreadable page number: the first page, said so
        sme1.request().get("/my/applications?page=x").then().statusCode(200)
                .body(containsString("could not be read"));
        // without a session: the sign-in page first
        given().redirects().follow(false).get("/my/applications").then().statusCode(302)
                .header("Location", endsWith("/sign-in"));
    }

    @Test
    void anAwardedApplicationShowsItsFirstTrancheAndTakesTheReport() {
        long call = GrantFixtures.halfOnAwardCall(grant, "2000.00");
        long id = apply(organisation, call, "AWARDED");
        String page = "/my/applications/" + id;

        String html = sme1.request().get(page).then().statusCode(200).extract().asString();
        assertThat(html).contains("Awarded", "First tranche", eur("500.00", Languages.ENGLISH), "due: awaiting approval",
                "waiting for your report with proof", "Application submitted", "id=\"report-form\"",
                "id=\"withdraw-form\"", "name=\"csrf-token\"", eur("1000.00", Languages.ENGLISH));

        // without the CSRF token: refused before the page sees it
        sme1.request().contentType(ContentType.URLENC).formParam("report", "x").formParam("proof", "y")
                .post(page + "/report").then().statusCode(400);

        // a report without proof: 422 on the page, the typed report kept
        String typed = "Visited Hannover Messe & met 6 buyers";
        Response invalid = sme1.post(page, page + "/report", Map.of("report", typed, "proof", " "));
        invalid.then().statusCode(422).contentType(containsString("text/html"));
        assertThat(invalid.asString()).contains("The report could not be sent", "<code>invalid_report</code>",
                "Enter a reference to the proof.", "Visited Hannover Messe &amp; met 6 buyers", "aria-invalid=\"true\"");

        // the report: 303 back to the page, which says so
        Response sent = sme1.post(page, page + "/report", Map.of("report", typed, "proof", "https://files.example/a.pdf"));
        sent.then().statusCode(303).header("Location", endsWith(page + "?done=reported"));
        String after = sme1.request().get(page + "?done=reported").then().statusCode(200).extract().asString();
        assertThat(after).contains("Your report was sent", "Report sent: being verified", "Report sent",
                "the consortium verifies your report")
                .doesNotContain("id=\"report-form\"");
        asSme1().get("/api/applications/{id}", id).then().body("status", equalTo("REPORTED"));

        // sent again: 409 on the page in plain words with the code, the text kept
        Response again = sme1.post(page, page + "/report", Map.of("report", typed + " (again)", "proof", "p"));
        again.then().statusCode(409);
        assertThat(again.asString()).contains("No report is expected for this application now.",
                "<code>report_not_expected</code>", "met 6 buyers (again)");
    }

    @Test
    void withdrawingNeedsTheConfirmationAndAnEndedApplicationCannotBeWithdrawn() {
        long call = GrantFixtures.halfOnAwardCall(grant, "2000.00");
        long id = apply(organisation, call, "AWARDED");
        String page = "/my/applications/" + id;

        Response unconfirmed = sme1.post(page, page + "/withdraw", Map.of());
        unconfirmed.then().statusCode(422);
        assertThat(unconfirmed.asString()).contains("Tick the box", "<code>withdrawal_not_confirmed</code>");
        asSme1().get("/api/applications/{id}", id).then().body("status", equalTo("AWARDED"));

        sme1.post(page, page + "/withdraw", Map.of("confirm", "yes")).then().statusCode(303)
                .header("Location", endsWith(page + "?done=withdrawn"));
        String after = sme1.request().get(page + "?done=withdrawn").then().statusCode(200).extract().asString();
        assertThat(after).contains("Your application was withdrawn.", "Withdrawn", "cancelled: not paid",
                "Nothing is expected from you")
                .doesNotContain("id=\"withdraw-form\"", "id=\"report-form\"");

        // a refused application has ended: 409 on the page, with the refusal in plain words and its code
        Map<String, Object> french = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "2000.00");
        french.put("fixedAmount", "1000.00");
        french.put("eligibleCountries", List.of("FR"));
        long frenchCall = createOpenCall(grant, french).then().statusCode(201).extract().jsonPath().getLong("id");
        long refused = apply(organisation, frenchCall, "REFUSED");
        String refusedPage = "/my/applications/" + refused;
        String html = sme1.request().get(refusedPage).then().statusCode(200).extract().asString();
        assertThat(html).contains("Refused", "Why it was refused",
                "The organisation&#39;s country is not among the open call&#39;s countries.", "<code>country_not_eligible</code>")
                .doesNotContain("id=\"withdraw-form\"", "id=\"first-tranche\"");
        // awarded where the open call pays no first tranche: the page says so rather than "not yet"
        Map<String, Object> noFirst = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "2000.00");
        noFirst.put("fixedAmount", "1000.00");
        long noFirstCall = createOpenCall(grant, noFirst).then().statusCode(201).extract().jsonPath().getLong("id");
        long awarded = apply(organisation, noFirstCall, "AWARDED");
        assertThat(sme1.request().get("/my/applications/" + awarded).then().statusCode(200).extract().asString())
                .contains("This open call pays no first tranche");
        Response ended = sme1.post(refusedPage, refusedPage + "/withdraw", Map.of("confirm", "yes"));
        ended.then().statusCode(409);
        assertThat(ended.asString()).contains("can no longer be withdrawn", "<code>application_ended</code>");
    }

    @Test
    void anotherPersonsApplicationIsNotFoundAndNeverAnError() {
        long call = GrantFixtures.halfOnAwardCall(grant, "2000.00");
        long id = apply(organisation, call, "AWARDED");
        Session sme2 = signIn("sme2");
        sme2.request().get("/my/applications/" + id).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Page not found"));
        sme2.post("/my/applications", "/my/applications/" + id + "/withdraw", Map.of("confirm", "yes"))
                .then().statusCode(404).contentType(containsString("text/html"));
        asSme1().get("/api/applications/{id}", id).then().body("status", equalTo("AWARDED"));
        sme2.request().get("/my/applications/not-a-number").then().statusCode(404);
        sme2.request().get("/my/applications/99999999").then().statusCode(404);
        // a signed-in person whose role cannot apply sees the page of no application of theirs, and cannot act
        Session evaluator = signIn("evaluator4");
        evaluator.request().get("/my/applications/" + id).then().statusCode(403).contentType(containsString("text/html"));
        evaluator.post("/my/applications", "/my/applications/" + id + "/report", Map.of("report", "r", "proof", "p"))
                .then().statusCode(403);
    }

    @Test
    void someoneWithoutApplicationsIsShownTheWayToTheOpenCalls() {
        Session evaluator = signIn("evaluator4");
        String html = evaluator.request().get("/my/applications").then().statusCode(200).extract().asString();
        assertThat(html).contains("You have no applications yet.", "href=\"/open-calls\"");
    }

    @Test
    void theNotificationsPageListsTheNewestFirstAndLinksToTheApplication() {
        long call = GrantFixtures.halfOnAwardCall(grant, "2000.00");
        long id = apply(organisation, call, "AWARDED");
        String html = sme1.request().get("/my/notifications").then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1>My notifications</h1>", "data-kind=\"AWARDED\"", "Payment ordered",
                "href=\"/my/applications/" + id + "\"", "Brussels time");
        assertThat(html.indexOf("data-kind=\"PAYMENT_ORDERED\"")).as("the payment was ordered after the award")
                .isLessThan(html.indexOf("href=\"/my/applications/" + id + "\""));
        sme1.request().get("/my/notifications?lang=de").then().statusCode(200)
                .body(containsString("Meine Benachrichtigungen"));
        signIn("evaluator4").request().get("/my/notifications").then().statusCode(200)
                .body(containsString("You have no notifications."));
    }
}
