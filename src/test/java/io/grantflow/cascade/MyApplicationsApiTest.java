package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * {@code GET /api/me/applications}: the applications of every organisation the caller is a member of, newest
 * first, paginated, with the open call's title, the organisation's name, what comes next and the acts open now;
 * nobody else's.
 */
@QuarkusTest
class MyApplicationsApiTest {

    private static SignedGrant grant;

    @BeforeEach
    void grant() {
        TestClock.reset();
        if (grant == null) {
            grant = GrantFixtures.signedGrant();
        }
    }

    private static long apply(Sme sme, long openCall, String status) {
        return asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).body("status", equalTo(status)).extract().jsonPath().getLong("id");
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.token(user, "sme"));
    }

    @Test
    void theCallerSeesTheApplicationsOfTheirOrganisationsNewestFirstAndNobodyElses() {
        long halfOnAward = GrantFixtures.halfOnAwardCall(grant, "5000.00");
        Map<String, Object> frenchOnly = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "3000.00");
        frenchOnly.put("fixedAmount", "1000.00");
        frenchOnly.put("eligibleCountries", List.of("FR"));
        frenchOnly.put("title", "French lump sums");
        long french = createOpenCall(grant, frenchOnly).then().statusCode(201).extract().jsonPath().getLong("id");

        Sme sme = GrantFixtures.sme("IT");
        long awarded = apply(sme, halfOnAward, "AWARDED");
        long refused = apply(sme, french, "REFUSED");
        Sme other = GrantFixtures.sme("IT");
        long others = apply(other, halfOnAward, "AWARDED");

        JsonPath mine = as(sme.user()).get("/api/me/applications").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("page", equalTo(1)).extract().jsonPath();
        assertThat(mine.getList("items.id", Long.class)).containsExactly(refused, awarded);
        assertThat(mine.getString("items[0].openCallTitle")).isEqualTo("French lump sums");
        assertThat(mine.getString("items[0].organisationName")).isEqualTo("SME " + sme.user());
        assertThat(mine.getString("items[0].status")).isEqualTo("REFUSED");
        assertThat(mine.getString("items[0].next")).isEqualTo("NONE");
        assertThat(mine.getList("items[0].actions")).isEmpty();
        assertThat(mine.getString("items[1].status")).isEqualTo("AWARDED");
        assertThat(mine.getString("items[1].awarded")).isEqualTo("1000.00");
        assertThat(mine.getString("items[1].next")).isEqualTo("REPORT");
        assertThat(mine.getString("items[1].reportDueAt")).isNotBlank();
        assertThat(mine.getList("items[1].actions", String.class)).containsExactly("REPORT", "WITHDRAW");
        assertThat(mine.getLong("items[1].organisation")).isEqualTo(sme.organisation());
        assertThat(mine.getLong("items[1].openCall")).isEqualTo(halfOnAward);

        // the other SME sees only its own
        as(other.user()).get("/api/me/applications").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", equalTo(List.of((int) others)));
        // a person with no organisation sees none
        as(ProposalFixtures.user("sme")).get("/api/me/applications").then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items", equalTo(List.of()));
        // nobody without credentials
        given().get("/api/me/applications").then().statusCode(401);
    }

    @Test
    void aNewMemberSeesTheOrganisationsApplicationsAndPagesHoldTheTotal() {
        long call = GrantFixtures.halfOnAwardCall(grant, "5000.00");
        Map<String, Object> second = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "3000.00");
        second.put("fixedAmount", "1000.00");
        long call2 = createOpenCall(grant, second).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("EE");
        long first = apply(sme, call, "AWARDED");
        long latest = apply(sme, call2, "AWARDED");
        // a colleague joins the organisation and registers another one of their own, which applies too
        String colleague = ProposalFixtures.user("sme");
        ProposalFixtures.join(colleague, sme.organisation(), sme.user());
        long own = ProposalFixtures.organisation(colleague, "SME " + colleague, "FR", "SME");
        long third = apply(new Sme(colleague, own), call, "AWARDED");

        as(colleague).get("/api/me/applications?size=2").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("size", equalTo(2))
                .body("items.id", equalTo(List.of((int) third, (int) latest)))
                .body("items.organisationName", hasItems("SME " + colleague, "SME " + sme.user()));
        as(colleague).get("/api/me/applications?size=2&page=2").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.id", equalTo(List.of((int) first)));
        // past the last page: no rows, the total still right
        as(colleague).get("/api/me/applications?size=2&page=5").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items", equalTo(List.of()));
        // the founder does not see the colleague's other organisation
        as(sme.user()).get("/api/me/applications").then().statusCode(200).body("totalItems", equalTo(2));
    }

    @SendsInvalidRequests("a page size out of range and a parameter the operation does not take")
    @Test
    void badQueryParametersAreA400() {
        String user = ProposalFixtures.user("sme");
        as(user).get("/api/me/applications?size=0").then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter")).body("violations.field", hasItems("size"));
        as(user).get("/api/me/applications?status=AWARDED").then().statusCode(400)
                .body("code", equalTo("unknown_parameter"));
    }
}
