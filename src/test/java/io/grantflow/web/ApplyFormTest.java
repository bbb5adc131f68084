package io.grantflow.web;

import io.grantflow.support.Concurrently;
import io.grantflow.support.TestClock;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.grantflow.web.ApplyFixtures.CSRF;
import static io.grantflow.web.ApplyFixtures.KEY;
import static io.grantflow.web.ApplyFixtures.group;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/**
 * The apply form's posts as a browser sends them (docs/web.md, "The apply form"): signed in through the demo form,
 * the CSRF token and the idempotency key taken from the page, redirects not followed. A refused form comes back
 * with every problem beside its field and everything as typed; a corrected one with the same key is submitted; a
 * double submit makes one application; "Compute the lump sum" shows the halved ClusterXchange amount and why.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class ApplyFormTest {

    private static final String VALID_IBAN = "DE89 3704 0044 0532 0130 00";

    private ApplyFixtures.Data data;
    private ApplyFixtures.Session session;

    @BeforeEach
    void signIn() {
        data = ApplyFixtures.data();
        session = ApplyFixtures.signIn(ApplyFixtures.SME);
    }

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    /** The form as the page first shows it to the signed-in SME: its CSRF token and idempotency key. */
    private record Shown(String html, String token, String key) {
    }

    private Shown show(long openCall) {
        String html = as(session).get("/open-calls/{id}/apply", openCall).then().statusCode(200).extract().asString();
        return new Shown(html, group(CSRF, html), group(KEY, html));
    }

    private static RequestSpecification as(ApplyFixtures.Session s) {
        return as(s, "en");
    }

    private static RequestSpecification as(ApplyFixtures.Session s, String language) {
        return given().redirects().follow(false).cookies(s.cookies()).header("Accept-Language", language);
    }

    private Response post(long openCall, Shown form, Map<String, String> fields) {
        return as(session).contentType("application/x-www-form-urlencoded").formParam("csrf-token", form.token())
                .formParams(fields).post("/open-calls/{id}/apply", openCall);
    }

    private Map<String, String> valid(String key) {
        Map<String, String> f = new HashMap<>();
        f.put("idempotencyKey", key);
        f.put("organisation", String.valueOf(data.organisation()));
        f.put("requested", "2,500.50");
        f.put("purpose", "Our stand at the Digital fair");
        f.put("sector", "DIGITAL");
        f.put("iban", VALID_IBAN);
        f.put("notInDifficulty", "true");
        f.put("noDoubleFunding", "true");
        f.put("deMinimisReceived", "1000");
        return f;
    }

    private static String jdkEuros(String amount, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(new BigDecimal(amount));
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndComesBackToTheForm() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Response challenge = given().redirects().follow(false).get("/open-calls/{id}/apply", call.id());
        challenge.then().statusCode(302).header("Location", endsWith("/sign-in"));
        String back = challenge.getCookie("quarkus-redirect-location");
        assertThat(back).endsWith("/open-calls/" + call.id() + "/apply");

        Response page = given().redirects().follow(false).get("/sign-in");
        Response signedIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", page.getCookie("csrf-token")).cookie("quarkus-redirect-location", back)
                .formParam("j_username", ApplyFixtures.SME).formParam("j_password", ApplyFixtures.SME)
                .formParam("csrf-token", group(CSRF, page.asString())).post("/j_security_check");
        signedIn.then().statusCode(302).header("Location", endsWith("/open-calls/" + call.id() + "/apply"));
    }

    @Test
    void theFormShowsTheOpenCallMyOrganisationsItsSectorsTheMaximumAndAFreshKey() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Shown first = show(call.id());
        assertThat(first.html()).contains(call.title(), "action=\"/open-calls/" + call.id() + "/apply\"",
                "<option value=\"" + data.organisation() + "\"", data.organisationName() + " (Germany)</option>",
                "<option value=\"DIGITAL\">", "<option value=\"TOURISM\">", "At most " + jdkEuros("3000.00", Locale.UK),
                "<label for=\"iban\">", "<label for=\"notInDifficulty\">", "<label for=\"deMinimisReceived\">")
                .doesNotContain("exchange.host", "AEROSPACE_DEFENCE");
        assertThat(first.key()).matches("[0-9a-f-]{36}");
        assertThat(show(call.id()).key()).as("each form shown gets its own key").isNotEqualTo(first.key());

        String french = as(session, "fr").get("/open-calls/{id}/apply", call.id()).then()
                .statusCode(200).extract().asString();
        assertThat(french).contains("Candidater à « " + call.title() + " »", "Au plus " + jdkEuros("3000.00", Locale.FRENCH));
    }

    @Test
    void aRefusedFormKeepsEverythingTypedAndShowsEachProblemBesideItsFieldWithItsCode() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Shown form = show(call.id());
        Map<String, String> fields = valid(form.key());
        fields.put("requested", "12,5x");
        fields.put("iban", "DE00 1234");
        fields.put("purpose", "Our <stand> & our \"demo\"");
        fields.remove("notInDifficulty");
        String html = post(call.id(), form, fields).then().statusCode(422).extract().asString();

        assertThat(between(html, "id=\"requested-error\"", "</div>")).contains("Enter an amount in euros", "invalid_amount");
        assertThat(between(html, "id=\"iban-error\"", "</div>")).contains("not a valid IBAN", "invalid_iban");
        assertThat(between(html, "id=\"notInDifficulty-error\"", "</div>")).contains("Tick this declaration", "required");
        assertThat(html).contains("3 answers need your attention", "aria-invalid=\"true\"",
                "value=\"12,5x\"", "value=\"DE00 1234\"", "Our &lt;stand&gt; &amp; our &quot;demo&quot;</textarea>",
                "value=\"DIGITAL\" selected", "value=\"" + data.organisation() + "\" selected",
                "name=\"noDoubleFunding\" value=\"true\" checked", "value=\"1000\"",
                "name=\"idempotencyKey\" value=\"" + form.key() + "\"")
                .doesNotContain("id=\"purpose-error\"", "id=\"sector-error\"");
        assertThat(ApplyFixtures.applications(call.id())).isZero();

        String french = as(session, "fr").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", form.token()).formParams(fields).post("/open-calls/{id}/apply", call.id())
                .then().statusCode(422).extract().asString();
        assertThat(between(french, "id=\"iban-error\"", "</div>")).contains("Ce n&#39;est pas un IBAN valide", "invalid_iban");
    }

    @Test
    void anOpenCallCollectingTheEntrepreneurProfileAsksItAndTheKpisCountTheAnswers() {
        assertThat(show(ApplyFixtures.voucher().id()).html()).doesNotContain("youngEntrepreneur");
        ApplyFixtures.OpenCall call = ApplyFixtures.voucherAskingTheEntrepreneurProfile();
        Shown form = show(call.id());
        assertThat(form.html()).contains("<fieldset id=\"entrepreneur\">", "<label for=\"youngEntrepreneur\">",
                "<label for=\"newBusiness\">", "<label for=\"femaleLed\">", "The entrepreneur is under 40.");
        Map<String, String> fields = valid(form.key());
        fields.put("youngEntrepreneur", "true");
        fields.put("femaleLed", "true"); // newBusiness left unticked: not answered
        Response submitted = post(call.id(), form, fields);
        submitted.then().statusCode(303);
        String location = submitted.getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(given().auth().preemptive().basic(ApplyFixtures.SME, ApplyFixtures.SME)
                .get("/api/applications/{id}", id).jsonPath().getString("status")).isEqualTo("AWARDED");
        // only this open call of the shared grant asks, so its one award is all the profile counts
        io.restassured.path.json.JsonPath k = io.grantflow.support.EvaluationFixtures.officer()
                .get("/api/kpis/grants/{id}", data.grant().id()).then().statusCode(200).extract().jsonPath();
        assertThat(k.getLong("computed.smesAskedForProfile")).isEqualTo(1);
        assertThat(k.getMap("computed.smesSupportedByProfile"))
                .isEqualTo(Map.of("YOUNG_ENTREPRENEUR", 1, "NEW_BUSINESS", 0, "FEMALE_LED", 1));
    }

    @Test
    void aCorrectedFormWithTheSameKeyIsSubmittedAndSendingItAgainMakesNoSecondApplication() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Shown form = show(call.id());
        Map<String, String> fields = valid(form.key());
        fields.put("iban", "DE00 1234");
        post(call.id(), form, fields).then().statusCode(422); // the service refused it: its key was not used up

        fields.put("iban", VALID_IBAN);
        Response submitted = post(call.id(), form, fields);
        submitted.then().statusCode(303);
        String location = submitted.getHeader("Location");
        assertThat(location).matches(".*/my/applications/\\d+$");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(given().auth().preemptive().basic(ApplyFixtures.SME, ApplyFixtures.SME)
                .get("/api/applications/{id}", id).jsonPath().getString("requested")).isEqualTo("2500.50");

        Response again = post(call.id(), form, fields); // the back button and submit, or a second click
        again.then().statusCode(303).header("Location", location);
        assertThat(ApplyFixtures.applications(call.id())).isEqualTo(1);
    }

    @Test
    void aDoubleClickMakesOneApplication() throws Exception {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Shown form = show(call.id());
        Map<String, String> fields = valid(form.key());
        List<Response> both = Concurrently.times(2, () -> post(call.id(), form, fields));
        assertThat(both).extracting(Response::statusCode).containsExactly(303, 303);
        assertThat(both.get(1).getHeader("Location")).isEqualTo(both.get(0).getHeader("Location"));
        assertThat(ApplyFixtures.applications(call.id())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithOtherAnswersAfterASubmissionSaysSoAndGivesANewKey() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Shown form = show(call.id());
        Map<String, String> fields = valid(form.key());
        post(call.id(), form, fields).then().statusCode(303);
        fields.put("requested", "1000");
        String html = post(call.id(), form, fields).then().statusCode(422).extract().asString();
        assertThat(html).contains("already sent with other answers", "value=\"1000\"");
        assertThat(group(KEY, html)).isNotEqualTo(form.key());
        assertThat(ApplyFixtures.applications(call.id())).isEqualTo(1);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Shown form = show(call.id());
        as(session).contentType("application/x-www-form-urlencoded").formParams(valid(form.key()))
                .post("/open-calls/{id}/apply", call.id()).then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("This form has expired"),
                        org.hamcrest.Matchers.containsString("Nothing was saved"));
        assertThat(ApplyFixtures.applications(call.id())).isZero();
    }

    @Test
    void anOrganisationOfSomeoneElseAndAClosedOpenCallAreSaidOnTheForm() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        Shown form = show(call.id());
        Map<String, String> fields = valid(form.key());
        fields.put("organisation", String.valueOf(data.host()));
        String html = post(call.id(), form, fields).then().statusCode(403).extract().asString();
        assertThat(between(html, "id=\"organisation-error\"", "</div>")).contains("not a member", "not_a_member");

        TestClock.advance(Duration.ofDays(3));
        fields.put("organisation", String.valueOf(data.organisation()));
        html = post(call.id(), form, fields).then().statusCode(409).extract().asString();
        assertThat(html).contains("id=\"apply-notice\"", "does not take them now", "Brussels time", "value=\"2,500.50\"");
        assertThat(ApplyFixtures.applications(call.id())).isZero();
        // opened afresh, a closed open call has no form, only why; its page has no "Apply"
        html = as(session).get("/open-calls/{id}/apply", call.id()).then().statusCode(409).extract().asString();
        assertThat(html).contains("id=\"apply-not-open\"", "This open call is closed").doesNotContain("id=\"apply-form\"");
        html = as(session).get("/open-calls/{id}", call.id()).then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"not-open\"", "This open call is closed")
                .doesNotContain("href=\"/open-calls/" + call.id() + "/apply\"");
    }

    @Test
    void aForthcomingOpenCallSaysWhenItOpensInsteadOfTheForm() {
        java.util.Map<String, Object> d = io.grantflow.support.GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED",
                "9000.00");
        d.put("maxAmount", "3000.00");
        d.put("opensAt", java.time.Instant.now().plus(Duration.ofDays(5)).toString());
        d.put("closesAt", java.time.Instant.now().plus(Duration.ofDays(40)).toString());
        long id = io.grantflow.support.GrantFixtures.createOpenCall(data.grant(), d).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        String html = as(session).get("/open-calls/{id}/apply", id).then().statusCode(409).extract().asString();
        assertThat(html).contains("id=\"apply-not-open\"", "Applications open on", "Brussels time")
                .doesNotContain("id=\"apply-form\"");
        html = as(session).get("/open-calls/{id}", id).then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"not-open\"", "Applications open on").doesNotContain("href=\"/open-calls/" + id + "/apply\"");
        assertThat(html).as("no first tranche: the whole amount after the report")
                .contains("the whole amount is paid once the report is checked").doesNotContain("the rest is paid");
        // in the list, its card says when it opens; an open one's does not
        String tag = ((String) d.get("title")).substring("Open call ".length());
        html = as(session).get("/open-calls?text=" + tag).then().statusCode(200).extract().asString();
        assertThat(html).contains("class=\"opens\"");
        ApplyFixtures.OpenCall open = ApplyFixtures.voucher();
        String openTag = open.title().substring(open.title().lastIndexOf(' ') + 1);
        html = as(session).get("/open-calls?text=" + openTag).then().statusCode(200).extract().asString();
        assertThat(html).contains(open.title()).doesNotContain("class=\"opens\"");
    }

    @Test
    void onlyAnSmeAccountApplies() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        ApplyFixtures.Session officer = ApplyFixtures.signIn("officer");
        String html = as(officer).get("/open-calls/{id}/apply", call.id()).then().statusCode(403).extract().asString();
        assertThat(html).contains("Only SME accounts apply").doesNotContain("id=\"apply-form\"");
        as(officer).contentType("application/x-www-form-urlencoded").formParam("csrf-token", group(CSRF, html))
                .formParams(valid("k-" + System.nanoTime())).post("/open-calls/{id}/apply", call.id())
                .then().statusCode(403);
        assertThat(ApplyFixtures.applications(call.id())).isZero();
        as(session).get("/open-calls/999999999/apply").then().statusCode(404);
    }

    @Test
    void computeShowsTheLumpSumHalvedForAShortStayAndANearHostAndKeepsTheForm() {
        ApplyFixtures.OpenCall call = ApplyFixtures.exchange();
        Shown form = show(call.id());
        assertThat(form.html()).contains("<label for=\"exchange-host\">", "Fill in the host&#39;s PIC")
                .doesNotContain("id=\"requested\"");
        LocalDate monday = LocalDate.now().plusDays(14).with(java.time.DayOfWeek.MONDAY);
        Map<String, String> fields = new HashMap<>(Map.of("idempotencyKey", form.key(), "action", "compute",
                "exchange.visitorName", "Ana Lopes", "exchange.visitorId", "ana@example.org",
                "exchange.host", data.hostPic(), "exchange.from", monday.toString(),
                "exchange.to", monday.plusDays(2).toString(), "exchange.distanceKm", "150"));
        String html = post(call.id(), form, fields).then().statusCode(200).extract().asString();
        assertThat(between(html, "id=\"lump-sum\"", "</fieldset>")).contains(
                "You would receive " + jdkEuros("550.00", Locale.UK),
                "The lump sum for hosts in France is " + jdkEuros("1100.00", Locale.UK),
                "Halved because the stay lasts 3 days: under 5 days", "Halved because the host is 150 km away: under 200 km",
                "halved once");
        assertThat(html).contains("Host: " + data.hostName() + ", France.", "value=\"Ana Lopes\"",
                "name=\"idempotencyKey\" value=\"" + form.key() + "\"").doesNotContain("apply-error");
        assertThat(ApplyFixtures.applications(call.id())).isZero();

        fields.put("exchange.to", monday.plusDays(6).toString());
        fields.put("exchange.distanceKm", "650");
        html = post(call.id(), form, fields).then().statusCode(200).extract().asString();
        assertThat(html).contains("You would receive " + jdkEuros("1100.00", Locale.UK),
                "Not halved: the stay lasts 7 days and the host is 650 km away").doesNotContain("Halved because");

        fields.put("exchange.distanceKm", "12,5x");
        fields.put("exchange.host", "12345");
        html = post(call.id(), form, fields).then().statusCode(200).extract().asString();
        assertThat(between(html, "id=\"exchange-distanceKm-error\"", "</div>")).contains("invalid_number");
        assertThat(between(html, "id=\"exchange-host-error\"", "</div>")).contains("9 digits", "invalid_pic");
        assertThat(html).contains("value=\"12,5x\"", "value=\"12345\"", "Fill in the host&#39;s PIC");
    }

    @Test
    void aClusterXchangeApplicationIsSubmittedWithTheHostFoundByItsPic() {
        ApplyFixtures.OpenCall call = ApplyFixtures.exchange();
        Shown form = show(call.id());
        LocalDate monday = LocalDate.now().plusDays(14).with(java.time.DayOfWeek.MONDAY);
        Map<String, String> fields = new HashMap<>(Map.of("idempotencyKey", form.key(),
                "organisation", String.valueOf(data.organisation()), "purpose", "Visit the mobility cluster",
                "iban", VALID_IBAN, "notInDifficulty", "true", "noDoubleFunding", "true",
                "exchange.visitorName", "Ana Lopes", "exchange.visitorId", "ana-" + System.nanoTime() + "@example.org",
                "exchange.host", data.hostPic()));
        fields.put("exchange.from", monday.toString());
        fields.put("exchange.to", monday.plusDays(2).toString());
        String html = post(call.id(), form, fields).then().statusCode(422).extract().asString();
        assertThat(between(html, "id=\"exchange-distanceKm-error\"", "</div>")).contains("Fill this in", "required");
        assertThat(html).contains("Host: " + data.hostName() + ", France.");

        fields.put("exchange.distanceKm", "150");
        Response submitted = post(call.id(), form, fields);
        submitted.then().statusCode(303).header("Location", org.hamcrest.Matchers.matchesPattern(".*/my/applications/\\d+$"));
        String location = submitted.getHeader("Location");
        var application = given().auth().preemptive().basic(ApplyFixtures.SME, ApplyFixtures.SME)
                .get("/api/applications/{id}", location.substring(location.lastIndexOf('/') + 1)).jsonPath();
        assertThat(application.getLong("exchange.host")).isEqualTo(data.host());
        assertThat(application.getString("amountToAward")).isEqualTo("550.00");
    }

    /** The text from {@code start} up to the next {@code end}. */
    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isGreaterThanOrEqualTo(0);
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to);
    }
}
