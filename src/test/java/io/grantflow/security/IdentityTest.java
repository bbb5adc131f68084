package io.grantflow.security;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * One person, one user record: a user is keyed by issuer and subject; names are compared after
 * normalisation (trim, lower case, Unicode NFC), so {@code alice}, {@code ALICE} and {@code alice }
 * are one person for four-eyes and membership. Blank names and over-long tokens are refused.
 */
@QuarkusTest
class IdentityTest {

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void caseVariantsOfAnOfficerAreOnePersonForFourEyes() {
        String officer = unique("officer-variant");
        long commitment = MoneyFixtures.commitment(MoneyFixtures.publishedCall("1000.00"), "1000.00");
        long order = MoneyFixtures.createOrder(officer, MoneyFixtures.order(commitment, "100.00"), UUID.randomUUID().toString())
                .then().statusCode(201).body("initiatedBy", equalTo(officer)).extract().jsonPath().getLong("id");

        bearer(Tokens.token(officer.toUpperCase() + " ", "officer")).post("/api/payments/{id}/approve", order)
                .then().statusCode(403).body("code", equalTo("four_eyes"));
        bearer(Tokens.token(" " + officer + "\t", "officer")).body(Map.of("reason", "mine"))
                .post("/api/payments/{id}/reject", order).then().statusCode(403);
        bearer(Tokens.token(unique("officer-other"), "officer")).post("/api/payments/{id}/approve", order)
                .then().statusCode(200);
    }

    @Test
    void aVariantOfAMembersNameActsForTheMembersOrganisation() {
        Sme sme = GrantFixtures.sme("IT");
        String variant = " " + sme.user().toUpperCase() + " ";
        bearer(Tokens.token(variant, "sme")).get("/api/organisations/{id}", sme.organisation()).then().statusCode(200)
                .body("staffHeadcount", notNullValue()).body("smeAssessment.category", equalTo("SMALL"));
        bearer(Tokens.token(variant, "sme")).get("/api/me").then().statusCode(200)
                .body("username", equalTo(sme.user())).body("organisations[0].id", equalTo((int) sme.organisation()));
        // a stranger still sees no figures
        bearer(Tokens.token(unique("sme-stranger"), "sme")).get("/api/organisations/{id}", sme.organisation())
                .then().statusCode(200).body("staffHeadcount", equalTo(null));

        var g = GrantFixtures.signedGrant();
        bearer(Tokens.token(g.consortium().coordinatorUser().toUpperCase(), "applicant"))
                .get("/api/grants/{id}", g.id()).then().statusCode(200).body("id", equalTo((int) g.id()));
    }

    @Test
    void namesAreNormalisedToUnicodeNfc() {
        String composed = unique("jos\u00e9");
        String decomposed = composed.replace("\u00e9", "e\u0301");
        long org = ProposalFixtures.organisation(composed, "NFC cluster", "FR", "CLUSTER_ORGANISATION");
        bearer(Tokens.token(decomposed, "applicant")).get("/api/me").then().statusCode(200)
                .body("username", equalTo(composed)).body("organisations[0].id", equalTo((int) org));
    }

    @Test
    void aUserIsKeyedByIssuerAndSubjectNotByName() {
        String name = unique("same-name");
        Map<String, Object> first = Tokens.claims(name, "officer");
        first.put("sub", UUID.randomUUID().toString());
        Map<String, Object> second = Tokens.claims(name, "officer");
        second.put("sub", UUID.randomUUID().toString());
        String firstHandle = bearer(Tokens.signed(first)).get("/api/me").then().statusCode(200)
                .body("username", equalTo(name)).extract().path("username");
        // another subject with the same name is another person, with a handle of its own
        bearer(Tokens.signed(second)).get("/api/me").then().statusCode(200)
                .body("username", not(equalTo(firstHandle))).body("username", startsWith(name));

        long commitment = MoneyFixtures.commitment(MoneyFixtures.publishedCall("1000.00"), "1000.00");
        long order = bearer(Tokens.signed(first)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(MoneyFixtures.order(commitment, "100.00")).post("/api/payments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // the same subject under a new name is still the same person
        Map<String, Object> renamed = Tokens.claims(unique("renamed"), "officer");
        renamed.put("sub", first.get("sub"));
        bearer(Tokens.signed(renamed)).post("/api/payments/{id}/approve", order).then().statusCode(403)
                .body("code", equalTo("four_eyes"));
        bearer(Tokens.signed(second)).post("/api/payments/{id}/approve", order).then().statusCode(200);
    }

    @Test
    void aBlankNameIsRefused() {
        bearer(Tokens.token("   ", "officer")).get("/api/me").then().statusCode(401)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("unauthenticated"));
        Map<String, Object> blank = Tokens.claims("\t", "officer");
        blank.put("sub", " ");
        bearer(Tokens.signed(blank)).get("/api/me").then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void meShowsTheUserRecordsDisplayNameEmailAndLanguage() {
        String user = unique("anna");
        Map<String, Object> claims = Tokens.claims(user, "applicant");
        claims.put("name", "Anna Müller");
        claims.put("email", "anna.mueller@example.eu");
        claims.put("locale", "fr-BE");
        bearer(Tokens.signed(claims)).get("/api/me").then().statusCode(200)
                .body("username", equalTo(user))
                .body("displayName", equalTo("Anna Müller"))
                .body("email", equalTo("anna.mueller@example.eu"))
                .body("language", equalTo("fr-BE"));
        // later tokens update the record
        claims.put("name", "Anna Müller-Schmidt");
        bearer(Tokens.signed(claims)).get("/api/me").then().statusCode(200)
                .body("displayName", equalTo("Anna Müller-Schmidt"));
        // a token without these claims shows the user name as display name
        bearer(Tokens.token(unique("plain"), "applicant")).get("/api/me").then().statusCode(200)
                .body("displayName", startsWith("plain-")).body("email", equalTo(null));
    }

    @Test
    void tokensLivingLongerThanTheMaximumAreRefused() {
        Map<String, Object> longLived = Tokens.claims(unique("long"), "officer");
        long iat = ((Number) longLived.get("iat")).longValue();
        longLived.put("exp", iat + Duration.ofHours(12).plusMinutes(1).toSeconds());
        bearer(Tokens.signed(longLived)).get("/api/me").then().statusCode(401).body("code", equalTo("unauthenticated"));

        Map<String, Object> withoutIat = Tokens.claims(unique("noiat"), "officer");
        withoutIat.remove("iat");
        bearer(Tokens.signed(withoutIat)).get("/api/me").then().statusCode(401).body("code", equalTo("unauthenticated"));

        Map<String, Object> withoutExp = Tokens.claims(unique("noexp"), "officer");
        withoutExp.remove("exp");
        bearer(Tokens.signed(withoutExp)).get("/api/me").then().statusCode(401).body("code", equalTo("unauthenticated"));

        Map<String, Object> twelveHours = Tokens.claims(unique("twelve"), "officer");
        twelveHours.put("exp", iat + Duration.ofHours(12).toSeconds());
        bearer(Tokens.signed(twelveHours)).get("/api/me").then().statusCode(200);
    }
}
