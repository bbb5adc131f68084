package io.grantflow.web;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the apply-form tests need, made through the API once per test run: a signed grant, an organisation of
 * the demo SME {@link #SME} (registered with its demo Basic login, the same user record as its sign-in on the
 * pages) and a validated host cluster in France; each test opens its own open calls on the grant (one
 * application per SME and open call). Signing in on the pages goes through the demo form, as a browser does.
 */
final class ApplyFixtures {

    /** The demo SME user the apply tests sign in as (its organisations are the ones the tests register). */
    static final String SME = "sme2";

    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    record Data(GrantFixtures.SignedGrant grant, long organisation, String organisationName, long host,
                String hostPic, String hostName) {
    }

    private static Data data;

    private ApplyFixtures() {
    }

    static synchronized Data data() {
        if (data != null) {
            return data;
        }
        GrantFixtures.SignedGrant grant = GrantFixtures.signedGrant();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Atelier Numérique " + tag;
        Map<String, Object> sme = new HashMap<>(Map.of("legalName", name, "pic", ProposalFixtures.nextPic(),
                "country", "DE", "type", "SME", "staffHeadcount", 20, "annualTurnover", "3000000.00",
                "balanceSheetTotal", "2000000.00"));
        long organisation = given().auth().preemptive().basic(SME, SME).contentType(ContentType.JSON).body(sme)
                .post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        String hostName = "Pôle Mobilité " + tag;
        long host = ProposalFixtures.organisation(ProposalFixtures.user("host"), hostName, "FR", "CLUSTER_ORGANISATION");
        String hostPic = given().auth().oauth2(Tokens.officer()).get("/api/organisations/{id}", host).then()
                .statusCode(200).extract().jsonPath().getString("pic");
        data = new Data(grant, organisation, name, host, hostPic, hostName);
        return data;
    }

    /** A voucher up to EUR 3,000.00 for digital or tourism projects, first come first served, open now. */
    static OpenCall voucher() {
        Map<String, Object> d = GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "9000.00");
        d.put("title", "Digital fair vouchers " + UUID.randomUUID().toString().substring(0, 6));
        d.put("maxAmount", "3000.00");
        d.put("sectors", List.of("DIGITAL", "TOURISM"));
        return create(d);
    }

    /** A voucher like {@link #voucher()} whose applicants may give the entrepreneur profile (young, new, female-led). */
    static OpenCall voucherAskingTheEntrepreneurProfile() {
        Map<String, Object> d = GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "9000.00");
        d.put("title", "Young founders vouchers " + UUID.randomUUID().toString().substring(0, 6));
        d.put("maxAmount", "3000.00");
        d.put("collectsEntrepreneurProfile", true);
        return create(d);
    }

    /** ClusterXchange visits hosted in France (EUR 1,100.00) or Italy (EUR 825.00), open now. */
    static OpenCall exchange() {
        Map<String, Object> d = GrantFixtures.openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "9000.00");
        d.put("title", "ClusterXchange visits " + UUID.randomUUID().toString().substring(0, 6));
        d.put("hostAmounts", Map.of("FR", "1100.00", "IT", "825.00"));
        return create(d);
    }

    record OpenCall(long id, String title) {
    }

    private static OpenCall create(Map<String, Object> definition) {
        long id = GrantFixtures.createOpenCall(data().grant(), definition).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        return new OpenCall(id, (String) definition.get("title"));
    }

    /** How many applications the open call has, as its consortium sees them. */
    static long applications(long openCall) {
        return ProposalFixtures.as(data().grant().consortium().coordinatorUser())
                .get("/api/open-calls/{id}/applications", openCall).then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }

    /** A browser's cookies after signing in on the pages: the session and the CSRF cookie. */
    record Session(String credential, String csrfCookie) {

        Map<String, String> cookies() {
            return Map.of("quarkus-credential", credential, "csrf-token", csrfCookie);
        }
    }

    static Session signIn(String user) {
        Response page = given().redirects().follow(false).get("/sign-in");
        Matcher m = CSRF.matcher(page.asString());
        assertThat(m.find()).as("the sign-in form's CSRF token").isTrue();
        String csrfCookie = page.getCookie("csrf-token");
        Response signedIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", csrfCookie).formParam("j_username", user).formParam("j_password", user)
                .formParam("csrf-token", m.group(1)).post("/j_security_check");
        String credential = signedIn.getCookie("quarkus-credential");
        assertThat(credential).as("signed in as " + user).isNotNull();
        return new Session(credential, csrfCookie);
    }

    static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as(p.pattern()).isTrue();
        return m.group(1);
    }
}
