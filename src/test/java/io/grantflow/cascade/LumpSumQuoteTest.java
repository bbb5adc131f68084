package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code GET /api/open-calls/{id}/lump-sum}: the ClusterXchange lump sum before applying, computed by the same
 * rule as the award (ClusterXchangeLumpSum): the host country's amount, halved once for a stay under 5 days
 * and/or a host under 200 km away, with the reasons; public, like the open call itself.
 */
@QuarkusTest
class LumpSumQuoteTest {

    @Test
    void theLumpSumSaysWhenAndWhyItIsHalved() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00", "IT", "825.00"));
        long call = createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
        long host = ProposalFixtures.organisation(ProposalFixtures.user("host"), "Pôle Mobilité", "FR",
                "CLUSTER_ORGANISATION");
        long elsewhere = ProposalFixtures.organisation(ProposalFixtures.user("host"), "Klaster", "PL",
                "CLUSTER_ORGANISATION");
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        given().queryParam("host", host).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString()).queryParam("distanceKm", 650)
                .get("/api/open-calls/{id}/lump-sum", call).then().statusCode(200)
                .body("hostCountry", equalTo("FR")).body("hostCountryAmount", equalTo("1100.00"))
                .body("days", equalTo(7)).body("halved", equalTo(false)).body("halvedBecause", empty())
                .body("amount", equalTo("1100.00")).body("refusals", empty());
        given().queryParam("host", host).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(2).toString()).queryParam("distanceKm", 150)
                .get("/api/open-calls/{id}/lump-sum", call).then().statusCode(200)
                .body("days", equalTo(3)).body("halved", equalTo(true))
                .body("halvedBecause", contains("SHORT_STAY", "NEAR")).body("amount", equalTo("550.00"));
        given().queryParam("host", host).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString()).queryParam("distanceKm", 199)
                .get("/api/open-calls/{id}/lump-sum", call).then().statusCode(200)
                .body("halvedBecause", contains("NEAR")).body("amount", equalTo("550.00"));
        // Saturday and Sunday: 2 working days is no exchange; Poland is not in the table
        given().queryParam("host", elsewhere).queryParam("from", monday.plusDays(5).toString())
                .queryParam("to", monday.plusDays(6).toString()).queryParam("distanceKm", 900)
                .get("/api/open-calls/{id}/lump-sum", call).then().statusCode(200)
                .body("amount", nullValue()).body("hostCountryAmount", nullValue())
                .body("refusals", contains("invalid_stay", "no_host_amount"));
    }

    @Test
    @SendsInvalidRequests("an unknown query parameter, on purpose")
    void missingOrUnreadableFiguresAreA400AndAnotherInstrumentA409() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        long call = createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("from", "2027-03-22").queryParam("to", "2027-03-21").queryParam("distanceKm", -1)
                .get("/api/open-calls/{id}/lump-sum", call).then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter"))
                .body("violations.field", contains("host", "to", "distanceKm"))
                .body("violations.code", contains("required", "ends_before_start", "must_not_be_negative"));
        given().queryParam("from", "22/03/2027").queryParam("distanceKm", "far")
                .get("/api/open-calls/{id}/lump-sum", call).then().statusCode(400)
                .body("violations.field", contains("from", "distanceKm"));
        given().queryParam("hots", 1).get("/api/open-calls/{id}/lump-sum", call).then().statusCode(400)
                .body("code", equalTo("unknown_parameter"));
        given().queryParam("host", 999999999).queryParam("from", "2027-03-22").queryParam("to", "2027-03-26")
                .queryParam("distanceKm", 300).get("/api/open-calls/{id}/lump-sum", call).then().statusCode(400)
                .body("violations.code", hasItem("unknown_organisation"));

        Map<String, Object> voucher = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "5000.00");
        voucher.put("maxAmount", "1000.00");
        long other = createOpenCall(g, voucher).then().statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("host", 1).queryParam("from", "2027-03-22").queryParam("to", "2027-03-26")
                .queryParam("distanceKm", 300).get("/api/open-calls/{id}/lump-sum", other).then().statusCode(409)
                .body("code", equalTo("not_an_exchange"));
        given().get("/api/open-calls/{id}/lump-sum", 999999999).then().statusCode(404);
    }
}
