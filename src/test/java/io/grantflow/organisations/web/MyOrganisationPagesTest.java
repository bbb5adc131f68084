package io.grantflow.organisations.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The "My organisations" pages as a browser uses them, with cookies carried by hand and redirects not followed:
 * a demo user signs in with the form, posts the registration form with its CSRF token (check, problems, register),
 * looks an organisation up by PIC, asks to join it, and a member approves or rejects on the organisation's page.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class MyOrganisationPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String FORM = "application/x-www-form-urlencoded";

    /** A signed-in browser: its session cookie and its CSRF cookie (the token of its forms). */
    record Session(String credential, String csrf) {

        RequestSpecification request() {
            return given().redirects().follow(false).cookie("quarkus-credential", credential).cookie("csrf-token", csrf);
        }

        Response get(String path) {
            return request().get(path);
        }

        /** A form post with the CSRF token, as the page's form sends it. */
        Response post(String path, Map<String, ?> fields) {
            return postIn("en", path, fields);
        }

        /** The same from a browser in another language. */
        Response postIn(String language, String path, Map<String, ?> fields) {
            RequestSpecification r = request().header("Accept-Language", language).contentType(FORM)
                    .formParam("csrf-token", csrf);
            fields.forEach((k, v) -> {
                if (v instanceof List<?> values) {
                    values.forEach(value -> r.formParam(k, value));
                } else {
                    r.formParam(k, v);
                }
            });
            return r.post(path);
        }
    }

    static Session signIn(String user) {
        Response page = given().redirects().follow(false).get("/sign-in");
        Matcher token = CSRF.matcher(page.asString());
        assertThat(token.find()).isTrue();
        String csrf = page.getCookie("csrf-token");
        Response signedIn = given().redirects().follow(false).contentType(FORM).cookie("csrf-token", csrf)
                .formParam("j_username", user).formParam("j_password", user).formParam("csrf-token", token.group(1))
                .post("/j_security_check");
        String credential = signedIn.getCookie("quarkus-credential");
        assertThat(credential).as("signed in as " + user).isNotNull();
        return new Session(credential, csrf);
    }

    /** A small enterprise (25 staff, EUR 3 m) whose linked parent (30 staff, EUR 4 m) makes it medium-sized. */
    static Map<String, Object> smallWithLinkedParent(String name, String pic) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("legalName", name);
        f.put("pic", pic);
        f.put("country", "FR");
        f.put("type", "SME");
        f.put("staffHeadcount", "25");
        f.put("annualTurnover", "3,000,000");
        f.put("balanceSheetTotal", "2,500,000.00");
        f.put("relatedEnterprises[0].name", "Parent Group");
        f.put("relatedEnterprises[0].relation", "LINKED");
        f.put("relatedEnterprises[0].ownershipShare", "60");
        f.put("relatedEnterprises[0].staffHeadcount", "30");
        f.put("relatedEnterprises[0].annualTurnover", "4000000");
        f.put("relatedEnterprises[0].balanceSheetTotal", "3000000");
        f.put("sectors", List.of("DIGITAL", "HEALTH"));
        f.put("valueChains", "smart health, industrial IoT");
        return f;
    }

    private static String money(String amount, Locale locale) {
        return Formats.money(Money.eur(amount), locale);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;");
    }

    @Test
    void thePageNeedsASignInAndOffersBothFormsWithLabelledFields() {
        given().redirects().follow(false).get("/my/organisations").then().statusCode(302)
                .header("Location", endsWith("/sign-in"));
        String page = signIn("sme1").get("/my/organisations").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("<h1>My organisations</h1>", "id=\"register-form\"", "action=\"/my/organisations#join\"",
                "name=\"csrf-token\"", "<label for=\"legalName\">", "<label for=\"pic\">", "<label for=\"country\">",
                "<label for=\"type\">", "<label for=\"staffHeadcount\">", "<label for=\"re0-ownershipShare\">",
                "<label for=\"re2-balanceSheetTotal\">", "<label for=\"sector-DIGITAL\">Digital</label>",
                "<label for=\"valueChains\">", "name=\"action\" value=\"check\"", "name=\"action\" value=\"register\"",
                "<option value=\"FR\">France</option>");
        assertThat(page).doesNotContain("re3-name");
        assertThat(signIn("sme1").request().header("Accept-Language", "de").get("/my/organisations").asString())
                .contains("Meine Organisationen", "<option value=\"FR\">Frankreich</option>", "Gesundheit");
    }

    @Test
    void theCheckShowsTheCategoryAndWhyInThePageLanguageAndSavesNothing() {
        Session sme = signIn("sme1");
        String pic = ProposalFixtures.nextPic();
        Map<String, Object> form = smallWithLinkedParent("Checked Only SARL", pic);
        form.put("action", "check");
        String page = sme.post("/my/organisations", form).then().statusCode(200).extract().asString();
        assertThat(page).contains("data-category=\"MEDIUM\"", "Medium-sized enterprise",
                "55 staff counted: fewer than 250", "Not a small enterprise:", "55 staff counted: 50 or more",
                "annual turnover " + money("7000000.00", Locale.UK) + ": at most " + money("50000000.00", Locale.UK),
                "Parent Group <span class=\"hint\">linked: counted in full</span>",
                "This is a check: nothing was saved.");
        // what was typed is still in the form
        assertThat(page).contains("value=\"Checked Only SARL\"", "value=\"3,000,000\"", "value=\"Parent Group\"",
                "value=\"LINKED\" selected", "value=\"DIGITAL\" checked", "value=\"smart health, industrial IoT\"");
        given().auth().preemptive().basic("sme1", "sme1").queryParam("pic", pic).get("/api/organisations").then()
                .statusCode(200).body("$", hasSize(0));

        Map<String, Object> partner = smallWithLinkedParent("Partenaire SAS", pic);
        partner.put("relatedEnterprises[0].relation", "PARTNER");
        partner.put("relatedEnterprises[0].ownershipShare", "30");
        partner.put("annualTurnover", "3 000 000,00");
        partner.put("balanceSheetTotal", "2 500 000");
        partner.put("action", "check");
        String fr = sme.postIn("fr", "/my/organisations", partner).then().statusCode(200).extract().asString();
        assertThat(fr).contains("data-category=\"SMALL\"", "Petite entreprise", "partenaire : "
                + html(Formats.percent(new java.math.BigDecimal("30"), Locale.FRENCH)) + " comptés",
                html(money("4200000.00", Locale.FRENCH)), "Pas une micro-entreprise :");
    }

    @Test
    void everyProblemIsShownNextToItsFieldAtOnceAndNothingTypedIsLost() {
        Session sme = signIn("sme1");
        Map<String, Object> form = smallWithLinkedParent("", "12");
        form.put("staffHeadcount", "twelve");
        form.put("relatedEnterprises[0].relation", "PARTNER");
        form.put("relatedEnterprises[0].ownershipShare", "60");
        form.put("relatedEnterprises[2].name", "Half-filled row");
        form.put("valueChains", "water, Water");
        form.put("action", "register");
        String page = sme.post("/my/organisations", form).then().statusCode(422).extract().asString();
        assertThat(page).contains("There are 9 problems", "Nothing was saved.",
                "id=\"legalName-error\"", "Please fill this in.",
                "id=\"pic-error\"", "A PIC has exactly 9 digits.", "<code>invalid_pic</code>",
                "id=\"staffHeadcount-error\"", "<code>invalid_value</code>",
                "id=\"re0-ownershipShare-error\"", "<code>partner_share_out_of_range</code>",
                "id=\"re2-relation-error\"", "id=\"re2-staffHeadcount-error\"",
                "id=\"valueChains-error\"", "“Water” is listed twice.",
                "href=\"#re0-ownershipShare\"", "aria-invalid=\"true\"");
        assertThat(page).doesNotContain("id=\"staffHeadcount-error\"><span class=\"error-line\">Please fill this in.");
        // the language switch of a posted page links to the page, not to what was posted (nor its CSRF token)
        assertThat(page).contains("href=\"/my/organisations?lang=fr\"").doesNotContain("csrf-token=");
        assertThat(page).contains("value=\"twelve\"", "value=\"12\"", "value=\"60\"", "value=\"Half-filled row\"",
                "value=\"water, Water\"", "<option value=\"FR\" selected>");
        given().auth().preemptive().basic("sme1", "sme1").queryParam("pic", "12").get("/api/organisations").then()
                .body("$", hasSize(0));
    }

    @Test
    void registeringRedirectsToTheOrganisationWithItsCategoryAndWhy() {
        Session sme = signIn("sme1");
        String pic = ProposalFixtures.nextPic();
        Map<String, Object> form = smallWithLinkedParent("Registered Atelier", pic);
        form.put("action", "register");
        Response registered = sme.post("/my/organisations", form);
        registered.then().statusCode(303).header("Location", containsString("/my/organisations/"));
        String location = registered.getHeader("Location");
        long id = Long.parseLong(location.replaceAll(".*/my/organisations/(\\d+).*", "$1"));
        assertThat(location).endsWith("?registered=true#main");

        String page = sme.get("/my/organisations/" + id + "?registered=true").then().statusCode(200).extract().asString();
        assertThat(page).contains("<h1>Registered Atelier</h1>", "Your organisation is registered",
                "id=\"org-pic\">" + pic + "<", "data-category=\"MEDIUM\"", "55 staff counted: fewer than 250",
                "Digital, Health", "smart health, industrial IoT", "no validation needed", "Nobody is waiting to join.");
        sme.get("/my/organisations").then().statusCode(200)
                .body(containsString("<a href=\"/my/organisations/" + id + "\">Registered Atelier</a>"))
                .body(containsString("<td>" + pic + "</td>"));
        given().auth().preemptive().basic("sme1", "sme1").get("/api/organisations/{id}", id).then().statusCode(200)
                .body("smeCategory", equalTo("MEDIUM")).body("annualTurnover", equalTo("3000000.00"))
                .body("sectors", equalTo(List.of("DIGITAL", "HEALTH")));

        // the same form sent again (a double click) lands on the same organisation
        sme.post("/my/organisations", form).then().statusCode(303).header("Location", endsWith("/my/organisations/" + id));
        // another person with the same PIC is told to join instead
        Response taken = signIn("host").post("/my/organisations", form);
        taken.then().statusCode(422);
        assertThat(taken.asString()).contains("id=\"pic-error\"", "<code>organisation_pic_taken</code>",
                "href=\"/my/organisations?pic=" + pic + "#join\"");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Session sme = signIn("sme1");
        sme.request().contentType(FORM).formParam("legalName", "No token").formParam("action", "register")
                .post("/my/organisations").then().statusCode(400);
        sme.request().contentType(FORM).formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA")
                .post("/my/organisations/1/membership-requests").then().statusCode(400);
    }

    @Test
    void aPersonLooksUpByPicAsksToJoinAndAMemberApprovesOrRejects() {
        String pic = ProposalFixtures.nextPic();
        Map<String, Object> body = Map.of("legalName", "Joinable Cluster " + pic, "pic", pic, "country", "BE",
                "type", "CLUSTER_ORGANISATION");
        long id = given().auth().preemptive().basic("sme1", "sme1").contentType("application/json").body(body)
                .post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id");

        Session joiner = signIn("host"); // not sme2: DemoSignInTest needs the demo sme2 not to have signed in before it
        joiner.get("/my/organisations?pic=12ab").then().statusCode(200)
                .body(containsString("“12ab” is not a PIC")).body(containsString("<code>invalid_pic</code>"));
        joiner.get("/my/organisations?pic=999999999").then().statusCode(200)
                .body(containsString("No organisation is registered with the PIC 999999999"));
        String found = joiner.get("/my/organisations?pic=" + pic).then().statusCode(200).extract().asString();
        assertThat(found).contains("Joinable Cluster " + pic, "action=\"/my/organisations/" + id + "/membership-requests\"",
                "not validated yet");
        joiner.get("/my/organisations/" + id).then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("You may not see this page"));
        joiner.get("/my/organisations/999999999").then().statusCode(404).body(containsString("Page not found"));

        joiner.post("/my/organisations/" + id + "/membership-requests", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/my/organisations?asked=" + id + "#pending"));
        joiner.post("/my/organisations/" + id + "/membership-requests", Map.of()).then().statusCode(303);
        String asked = joiner.get("/my/organisations?asked=" + id).then().statusCode(200).extract().asString();
        assertThat(asked).contains("Your request to join Joinable Cluster " + pic + " is pending", "Request pending");
        assertThat(joiner.get("/my/organisations?pic=" + pic).asString())
                .doesNotContain("action=\"/my/organisations/" + id + "/membership-requests\"");

        Session member = signIn("sme1");
        String requests = member.get("/my/organisations/" + id).then().statusCode(200).extract().asString();
        Matcher request = Pattern.compile("data-request=\"(\\d+)\"").matcher(requests);
        assertThat(request.find()).isTrue();
        String requestId = request.group(1);
        assertThat(request.find()).as("asking twice made one request").isFalse();
        assertThat(requests).contains("/membership-requests/" + requestId + "/approve", "Approve host");

        member.post("/my/organisations/" + id + "/membership-requests/" + requestId + "/approve", Map.of()).then()
                .statusCode(303).header("Location", endsWith("/my/organisations/" + id + "?decided=approved#requests"));
        member.get("/my/organisations/" + id + "?decided=approved").then()
                .body(containsString("The request was approved")).body(containsString("Nobody is waiting to join."));
        joiner.get("/my/organisations/" + id).then().statusCode(200).body(containsString("Joinable Cluster " + pic));
        // a decision stands: rejecting the approved request says so
        member.post("/my/organisations/" + id + "/membership-requests/" + requestId + "/reject", Map.of()).then()
                .statusCode(303).header("Location", endsWith("?decided=decided#requests"));

        Session other = signIn("partner");
        other.post("/my/organisations/" + id + "/membership-requests", Map.of()).then().statusCode(303);
        Matcher second = Pattern.compile("data-request=\"(\\d+)\"").matcher(member.get("/my/organisations/" + id).asString());
        assertThat(second.find()).isTrue();
        // the requester's own request shows no buttons to them (an officer who asked would see it this way)
        member.post("/my/organisations/" + id + "/membership-requests/" + second.group(1) + "/reject", Map.of()).then()
                .statusCode(303).header("Location", endsWith("?decided=rejected#requests"));
        other.get("/my/organisations/" + id).then().statusCode(403);
        // a member asking to join is sent to the organisation
        joiner.post("/my/organisations/" + id + "/membership-requests", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/my/organisations/" + id));
    }

    @Test
    void aNonEnterpriseGivesNoFiguresAndTheCheckSaysTheTestDoesNotApply() {
        Session sme = signIn("sme1");
        Map<String, Object> form = new LinkedHashMap<>(Map.of("legalName", "Cluster with figures", "pic",
                ProposalFixtures.nextPic(), "country", "DE", "type", "CLUSTER_ORGANISATION", "staffHeadcount", "5",
                "action", "check"));
        sme.post("/my/organisations", form).then().statusCode(422)
                .body(containsString("id=\"type-error\"")).body(containsString("<code>figures_only_for_enterprises</code>"));
        form.remove("staffHeadcount");
        sme.post("/my/organisations", form).then().statusCode(200)
                .body(containsString("data-category=\"NOT_APPLICABLE\""));
    }
}
