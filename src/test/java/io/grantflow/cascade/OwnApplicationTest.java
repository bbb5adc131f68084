package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * One person, two hats: conflicts are decided by organisation membership, not by role. A user who
 * belongs to the applying SME and also to the consortium (or to the host cluster) decides, verifies
 * and confirms nothing of that application: 403 {@code own_application}.
 */
@QuarkusTest
class OwnApplicationTest {

    /** One identity with the applicant and sme roles, as an identity provider may issue it. */
    static RequestSpecification bothHats(String user) {
        return given().auth().oauth2(Tokens.token(user, "applicant", "sme")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void aConsortiumMemberWhoBelongsToTheApplyingSmeNeitherDecidesNorVerifiesItsApplication() {
        SignedGrant g = GrantFixtures.signedGrant();
        String dual = g.consortium().partnerUser(); // a member of two consortium organisations
        Sme own = new Sme(dual, ProposalFixtures.organisation(dual, "SME " + dual, "IT", "SME"));
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", "5000.00");
        def.put("maxAmount", "1000.00");
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        long app = bothHats(dual).body(application(own, "900.00", null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("status", equalTo("UNDER_REVIEW")).extract().jsonPath().getLong("id");

        bothHats(dual).body(Map.of("approve", true, "score", 99)).post("/api/applications/{id}/decision", app).then()
                .statusCode(403).body("code", equalTo("own_application"));
        as(g.consortium().coordinatorUser()).body(Map.of("approve", true)).post("/api/applications/{id}/decision", app)
                .then().statusCode(200).body("status", equalTo("AWARDED"));

        bothHats(dual).body(Map.of("report", "Bought the software", "proof", "https://files.example/inv.pdf"))
                .post("/api/applications/{id}/report", app).then().statusCode(200).body("status", equalTo("REPORTED"));
        bothHats(dual).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", app).then()
                .statusCode(403).body("code", equalTo("own_application"));
        as(g.consortium().coordinatorUser()).body(Map.of("accepted", true))
                .post("/api/applications/{id}/verification", app).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void aHostMemberWhoBelongsToTheApplyingSmeDoesNotConfirmTheVisit() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "10000.00");
        def.put("hostAmounts", Map.of("FR", "1100.00"));
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        String dual = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(dual, "Pôle Hydrogène", "FR", "CLUSTER_ORGANISATION");
        Sme own = new Sme(dual, ProposalFixtures.organisation(dual, "SME " + dual, "IT", "SME"));
        LocalDate monday = LocalDate.now().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Object> body = application(own, null, null);
        body.put("exchange", Map.of("visitorName", "Luca Bianchi", "visitorId", "IT-" + ProposalFixtures.nextPic(),
                "host", host, "from", monday.toString(), "to", monday.plusDays(4).toString(), "distanceKm", 900));
        long app = bothHats(dual).body(body).post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("AWARDED")).extract().jsonPath().getLong("id");

        bothHats(dual).post("/api/applications/{id}/host-confirmation", app).then().statusCode(403)
                .body("code", equalTo("own_application"));
        // a colleague who joined the host cluster (approved by a member) confirms
        String colleague = ProposalFixtures.user("host");
        ProposalFixtures.join(colleague, host, dual);
        as(colleague).post("/api/applications/{id}/host-confirmation", app).then().statusCode(200)
                .body("exchange.hostConfirmedBy", equalTo(colleague));
    }
}
