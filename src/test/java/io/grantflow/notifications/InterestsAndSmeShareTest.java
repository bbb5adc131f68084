package io.grantflow.notifications;

import io.grantflow.cascade.application.OpenCallAlerts;
import io.grantflow.grants.application.SmeShareAlerts;
import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Saved interests (GET/PUT /api/me/interests) and the scanners that read them and the SME share: an open call
 * that opens is announced to the people it matches, and not to the others; a signed grant paid without SME
 * commitments reaches the officers once a week.
 */
@QuarkusTest
class InterestsAndSmeShareTest {

    @Inject
    OpenCallAlerts openCallAlerts;

    @Inject
    SmeShareAlerts smeShareAlerts;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(Tokens.token(user, role)).contentType(ContentType.JSON);
    }

    private static long count(String user, String role, String kind, String reference) {
        List<Map<String, Object>> items = as(user, role).get("/api/notifications?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(n -> kind.equals(n.get("kind")) && reference.equals(n.get("reference"))).count();
    }

    @Test
    @SendsInvalidRequests("a PUT without a body, to see the 400")
    void interestsAreValidatedAllAtOnceAndReadBack() {
        String sme = ProposalFixtures.user("sme");
        as(sme, "sme").get("/api/me/interests").then().statusCode(200)
                .body("countries", empty()).body("supportTypes", empty()).body("updatedAt", nullValue());
        as(sme, "sme").body(Map.of("countries", List.of("XX", "BE", "BE"), "sectors", List.of("NOT_A_SECTOR"),
                        "supportTypes", List.of("CASH", "VOUCHER")))
                .put("/api/me/interests").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("invalid_interests"))
                .body("violations.field", contains("countries[0]", "countries[2]", "sectors[0]", "supportTypes[0]"))
                .body("violations.code", contains("unknown_country", "duplicate_country", "unknown_sector",
                        "unknown_support_type"));
        as(sme, "sme").get("/api/me/interests").then().body("countries", empty());

        as(sme, "sme").body(Map.of("countries", List.of("IT", "ES"), "sectors", List.of("RENEWABLE_ENERGY"),
                        "supportTypes", List.of("LUMP_SUM")))
                .put("/api/me/interests").then().statusCode(200).body("countries", contains("IT", "ES"));
        as(sme, "sme").get("/api/me/interests").then().statusCode(200)
                .body("countries", contains("IT", "ES")).body("sectors", contains("RENEWABLE_ENERGY"))
                .body("supportTypes", contains("LUMP_SUM")).body("updatedAt", notNullValue());
        as(sme, "sme").contentType(ContentType.JSON).put("/api/me/interests").then().statusCode(400);
    }

    @Test
    void anOpenCallIsAnnouncedToThoseItMatchesAndAGrantBelowItsTrajectoryToTheOfficersOnceAWeek() {
        String matching = ProposalFixtures.user("sme");
        String otherType = ProposalFixtures.user("sme");
        String otherCountry = ProposalFixtures.user("sme");
        String anySector = ProposalFixtures.user("sme");
        as(matching, "sme").body(Map.of("countries", List.of("IT"), "sectors", List.of("RENEWABLE_ENERGY", "TOURISM"),
                "supportTypes", List.of("LUMP_SUM"))).put("/api/me/interests").then().statusCode(200);
        as(otherType, "sme").body(Map.of("countries", List.of("IT"), "supportTypes", List.of("VOUCHER")))
                .put("/api/me/interests").then().statusCode(200);
        as(otherCountry, "sme").body(Map.of("countries", List.of("FR"), "sectors", List.of("RENEWABLE_ENERGY")))
                .put("/api/me/interests").then().statusCode(200);
        as(anySector, "sme").body(Map.of("countries", List.of("ES")))
                .put("/api/me/interests").then().statusCode(200);
        String officer = ProposalFixtures.user("officer");
        as(officer, "officer").get("/api/notifications").then().statusCode(200); // registers the officer with the role

        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = GrantFixtures.openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "5000.00");
        def.put("fixedAmount", "1000.00");
        def.put("eligibleCountries", List.of("IT", "ES"));
        def.put("sectors", List.of("RENEWABLE_ENERGY"));
        long openCall = GrantFixtures.createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");

        openCallAlerts.scan();
        openCallAlerts.scan();
        String reference = "open-call:" + openCall;
        assertThat(count(matching, "sme", "CALL_MATCHES_INTERESTS", reference)).isEqualTo(1);
        assertThat(count(anySector, "sme", "CALL_MATCHES_INTERESTS", reference)).isEqualTo(1);
        assertThat(count(otherType, "sme", "CALL_MATCHES_INTERESTS", reference)).isZero();
        assertThat(count(otherCountry, "sme", "CALL_MATCHES_INTERESTS", reference)).isZero();
        as(matching, "sme").get("/api/notifications").then()
                .body("items.find { it.kind == 'CALL_MATCHES_INTERESTS' }.subject", equalTo(
                        "An open call matching your interests is open: " + def.get("title")));

        // the pre-financing paid, nothing committed to SMEs: below the trajectory
        long order = officer().get("/api/grants/{id}", g.id()).jsonPath().getLong("preFinancing.paymentOrder");
        given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON)
                .post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> officer().get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(30), "pre-financing paid");
        String grant = "grant:" + g.id();
        smeShareAlerts.scan();
        smeShareAlerts.scan();
        assertThat(count(officer, "officer", "SME_SHARE_BELOW_TRAJECTORY", grant)).isEqualTo(1);
        assertThat(count(g.consortium().coordinatorUser(), "applicant", "SME_SHARE_BELOW_TRAJECTORY", grant)).isZero();

        TestClock.freeze();
        TestClock.advance(Duration.ofDays(7)); // next Brussels week
        smeShareAlerts.scan();
        assertThat(count(officer, "officer", "SME_SHARE_BELOW_TRAJECTORY", grant)).isEqualTo(2);
        as(officer, "officer").get("/api/notifications").then()
                .body("items.reference", hasItems(grant));
    }
}
