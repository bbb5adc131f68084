package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Internationalisation open calls carry their target markets (third countries and regions): validated with every
 * problem at once, shown on the open call, and found by the public listing's {@code targetMarket} filter (a country
 * also finds the calls targeting its region, a region the calls targeting one of its countries).
 */
@QuarkusTest
class TargetMarketsApiTest {

    private static long create(SignedGrant g, String title, List<String> markets) {
        Map<String, Object> d = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        d.put("title", title);
        d.put("fixedAmount", "2000.00");
        d.put("activities", List.of("SME_INTERNATIONALISATION"));
        if (markets != null) {
            d.put("targetMarkets", markets);
        }
        return createOpenCall(g, d).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anInternationalisationCallTargetsMarketsAndTheListingFindsItByThem() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> wrong = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        wrong.put("fixedAmount", "2000.00");
        wrong.put("targetMarkets", List.of("JP", "ATLANTIS", "IT"));
        createOpenCall(g, wrong).then().statusCode(422).body("code", equalTo("invalid_open_call"))
                .body("violations.field", contains("targetMarkets[1]", "targetMarkets[2]"))
                .body("violations.code", contains("invalid_target_market", "not_a_third_country"));

        long japan = create(g, "Missions to Japan", List.of("JP", "NORTH_AMERICA", "JP"));
        long africa = create(g, "Trade fairs in Africa", List.of("AFRICA"));
        long domestic = create(g, "Digital vouchers", null);
        given().get("/api/open-calls/{id}", japan).then().statusCode(200)
                .body("targetMarkets", contains("JP", "NORTH_AMERICA"));
        given().get("/api/open-calls/{id}", domestic).then().statusCode(200).body("targetMarkets", empty());

        Map<String, List<Integer>> found = Map.of(
                "JP", List.of((int) japan),                  // the country itself
                "jp", List.of((int) japan),                  // case-insensitive
                "ASIA_PACIFIC", List.of((int) japan),        // a region finds the calls targeting its countries
                "US", List.of((int) japan),                  // a country finds the calls targeting its region
                "KE", List.of((int) africa),
                "AFRICA", List.of((int) africa),
                "LATIN_AMERICA", List.of());
        found.forEach((market, ids) -> given().queryParam("grant", g.id()).queryParam("targetMarket", market)
                .get("/api/open-calls").then().statusCode(200).body("items.id", containsInAnyOrder(ids.toArray()))
                .body("totalItems", equalTo(ids.size())));
        given().queryParam("grant", g.id()).get("/api/open-calls").then().statusCode(200).body("totalItems", equalTo(3));
        given().queryParam("grant", g.id()).queryParam("targetMarket", "MARS").get("/api/open-calls").then()
                .statusCode(400).body("violations.field", contains("targetMarket"));
    }
}
