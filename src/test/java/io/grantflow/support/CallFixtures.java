package io.grantflow.support;

import io.restassured.http.ContentType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Call definitions as JSON-ready maps, valid unless a test changes them, and helpers that create
 * programmes and calls through the API. Every fixture gets unique codes, so tests never collide,
 * also on a shared external database.
 */
public final class CallFixtures {

    private CallFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Creates a programme through the API and returns its code. */
    public static String programme(String budget) {
        String code = unique("PROG");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test programme " + code, "budget", budget))
                .post("/api/programmes").then().statusCode(201);
        return code;
    }

    /** A valid single-stage Euroclusters-like call, opening now and closing in 30 days. */
    public static Map<String, Object> euroclustersLike(String programme) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> call = new HashMap<>();
        call.put("identifier", unique("TEST-CLUSTER"));
        call.put("title", "Euroclusters-like test call");
        call.put("description", "created by a test");
        call.put("programme", programme);
        call.put("actionType", "GRANT_FOR_FINANCIAL_SUPPORT");
        call.put("budget", "42000000.00");
        call.put("expectedGrants", 30);
        call.put("minGrant", "100000.00");
        call.put("maxGrant", "1400000.00");
        call.put("fundingRates", Map.of("financialSupportToThirdParties", 100, "otherCosts", 90));
        call.put("opensAt", now.toString());
        call.put("submissionModel", "SINGLE_STAGE");
        call.put("deadlines", new ArrayList<>(List.of(Map.of("label", "Deadline",
                "at", now.plus(30, ChronoUnit.DAYS).toString()))));
        call.put("eligibility", Map.of("minPartners", 3, "minCountries", 3,
                "eligibleCountries", List.of("BE", "DE", "FR", "IT", "ES", "UA"),
                "requiredOrganisationTypes", List.of(Map.of("type", "CLUSTER_ORGANISATION", "min", 1)),
                "requiredCountries", List.of()));
        call.put("criteria", List.of(
                Map.of("name", "Relevance", "weight", 1, "threshold", 3),
                Map.of("name", "Quality", "weight", 1, "threshold", 3),
                Map.of("name", "Impact", "weight", 1, "threshold", 3)));
        call.put("overallThreshold", 10);
        call.put("fstp", Map.of("minSmeShare", new java.math.BigDecimal("75.00"), "maxPerThirdParty", "60000.00"));
        call.put("sectors", List.of("RENEWABLE_ENERGY", "MOBILITY_TRANSPORT_AUTOMOTIVE"));
        call.put("valueChains", List.of("hydrogen", "batteries"));
        call.put("activities", List.of("SME_INTERNATIONALISATION"));
        return call;
    }

    /** Creates the call through the API as an officer and returns its identifier. */
    public static String create(Map<String, Object> call) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls").then().statusCode(201);
        return (String) call.get("identifier");
    }

    public static void publish(String identifier) {
        given().auth().oauth2(Tokens.officer()).post("/api/calls/{id}/publish", identifier).then().statusCode(200);
    }
}
