package io.grantflow.organisations;

import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OrganisationApiTest {

    private static Map<String, Object> sme(String staff, String turnover, String balance) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", "Test SME", "pic", ProposalFixtures.nextPic(),
                "country", "IT", "type", "SME", "staffHeadcount", new java.math.BigDecimal(staff), "annualTurnover", turnover,
                "balanceSheetTotal", balance));
        return body;
    }

    @Test
    void theSmeCategoryIsComputedWithPartnersProRata() {
        String user = ProposalFixtures.user("sme");
        Map<String, Object> body = sme("42", "7800000.00", "5100000.00");
        body.put("relatedEnterprises", List.of(Map.of("name", "Holding", "relation", "PARTNER", "ownershipShare", 30,
                "staffHeadcount", 20, "annualTurnover", "3000000.00", "balanceSheetTotal", "2500000.00")));
        long id = as(user).body(body).post("/api/organisations").then().statusCode(201)
                .body("smeCategory", equalTo("SMALL"))
                .body("smeAssessment.figuresUsed.staffHeadcount", equalTo(48.0f))
                .body("smeAssessment.figuresUsed.annualTurnover", equalTo("8700000.00"))
                .body("smeAssessment.reason", containsString("small"))
                .extract().jsonPath().getLong("id");
        as(user).get("/api/me").then().statusCode(200).body("organisations.id", hasItem((int) id));
        // others see the organisation but not its figures; officers see them
        as(ProposalFixtures.user("coord")).get("/api/organisations/{id}", id).then().statusCode(200)
                .body("smeCategory", equalTo("SMALL")).body("annualTurnover", nullValue());
        given().auth().oauth2(Tokens.officer()).get("/api/organisations/{id}", id).then().statusCode(200)
                .body("annualTurnover", equalTo("7800000.00"));
    }

    @Test
    void aDeclaredSmeThatTheFiguresContradictIs422WithTheReason() {
        as(ProposalFixtures.user("sme")).body(sme("260", "10000000.00", "10000000.00")).post("/api/organisations")
                .then().statusCode(422)
                .body("violations.code", equalTo(List.of("sme_figures_contradict_type")))
                .body("violations[0].message", containsString("260.00 staff"));
        as(ProposalFixtures.user("sme")).body(sme("249", "60000000.00", "43000000.00")).post("/api/organisations")
                .then().statusCode(201).body("smeCategory", equalTo("MEDIUM"));
    }

    @Test
    void registrationRulesAndUniquePic() {
        as(ProposalFixtures.user("coord")).body(Map.of("pic", "12", "country", "XX", "type", "SME"))
                .post("/api/organisations").then().statusCode(422)
                .body("violations.code", hasItems("required", "invalid_pic", "invalid_country"))
                .body("violations.field", hasItems("legalName", "pic", "country", "staffHeadcount"));
        Map<String, Object> body = sme("5", "100000.00", "100000.00");
        as(ProposalFixtures.user("sme")).body(body).post("/api/organisations").then().statusCode(201);
        as(ProposalFixtures.user("sme")).body(body).post("/api/organisations").then().statusCode(409)
                .body("code", equalTo("organisation_pic_taken"));
        given().body(body).contentType("application/json").post("/api/organisations").then().statusCode(401);
        as(ProposalFixtures.user("coord")).get("/api/organisations/{id}", "abc").then().statusCode(404);
        as(ProposalFixtures.user("coord")).queryParam("pic", body.get("pic")).get("/api/organisations").then()
                .statusCode(200).body("legalName", equalTo(List.of("Test SME"))).body("[0].annualTurnover", nullValue());
        as(ProposalFixtures.user("coord")).get("/api/organisations").then().statusCode(400);
    }

    @Test
    void typeAndPicAreClaimsThatAnOfficerValidatesOnce() {
        String user = ProposalFixtures.user("coord");
        long id = ProposalFixtures.registered(user, "Cluster claimed", "BE", "CLUSTER_ORGANISATION");
        as(user).get("/api/organisations/{id}", id).then().statusCode(200)
                .body("validated", equalTo(false)).body("validation", nullValue());
        // the registrant (or any non-officer) cannot validate its own claims
        as(user).post("/api/organisations/{id}/validation", id).then().statusCode(403);
        given().auth().oauth2(Tokens.token("sme-" + id, "sme")).post("/api/organisations/{id}/validation", id)
                .then().statusCode(403);
        String at = given().auth().oauth2(Tokens.officer()).post("/api/organisations/{id}/validation", id).then()
                .statusCode(200).body("validated", equalTo(true)).body("validation.validatedBy", equalTo("officer.test"))
                .extract().jsonPath().getString("validation.validatedAt");
        // idempotent: a second validation (by another officer) keeps the first who and when
        given().auth().oauth2(Tokens.token("officer.other", "officer")).post("/api/organisations/{id}/validation", id)
                .then().statusCode(200).body("validation.validatedBy", equalTo("officer.test"))
                .body("validation.validatedAt", equalTo(at));
        as(user).get("/api/organisations/{id}", id).then().statusCode(200)
                .body("validated", equalTo(true)).body("validation.validatedBy", equalTo("officer.test"));
        // others see that it is validated, not by whom
        as(ProposalFixtures.user("coord")).get("/api/organisations/{id}", id).then().statusCode(200)
                .body("validated", equalTo(true)).body("validation", nullValue());
        given().auth().oauth2(Tokens.officer()).post("/api/organisations/{id}/validation", 999_999_999L).then()
                .statusCode(404);
        // four eyes: an officer who is a member of an organisation does not validate it
        String officer = ProposalFixtures.user("officer");
        long own = ProposalFixtures.registered(officer, "Officer's own cluster", "FR", "CLUSTER_ORGANISATION");
        as(officer).post("/api/organisations/{id}/validation", own).then().statusCode(403)
                .body("code", equalTo("own_organisation"));
    }

    @Test
    void joiningAnOrganisationNeedsTheApprovalOfAMemberOrAnOfficer() {
        String owner = ProposalFixtures.user("coord");
        long org = ProposalFixtures.organisation(owner, "Cluster to join", "BE", "CLUSTER_ORGANISATION");
        String joiner = ProposalFixtures.user("coord");
        long request = as(joiner).post("/api/organisations/{id}/membership-requests", org).then().statusCode(201)
                .body("status", equalTo("PENDING")).body("username", equalTo(joiner))
                .extract().jsonPath().getLong("id");
        // asking again gives the same pending request
        as(joiner).post("/api/organisations/{id}/membership-requests", org).then().statusCode(200)
                .body("id", equalTo((int) request));
        // until approved the requester is not a member: no figures, no list, no approval of its own request
        as(joiner).get("/api/me").then().body("organisations.id", not(hasItem((int) org)));
        as(joiner).get("/api/organisations/{id}/membership-requests", org).then().statusCode(403)
                .body("code", equalTo("not_a_member"));
        as(joiner).post("/api/organisations/{id}/membership-requests/{r}/approve", org, request).then().statusCode(403)
                .body("code", equalTo("own_membership_request"));
        as(ProposalFixtures.user("coord")).post("/api/organisations/{id}/membership-requests/{r}/approve", org, request)
                .then().statusCode(403).body("code", equalTo("not_a_member"));
        as(owner).get("/api/organisations/{id}/membership-requests", org).then().statusCode(200)
                .body("items.id", hasItem((int) request)).body("items.status", hasItem("PENDING"))
                .body("totalItems", equalTo(1));
        as(owner).post("/api/organisations/{id}/membership-requests/{r}/approve", org, request).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo(owner));
        as(owner).post("/api/organisations/{id}/membership-requests/{r}/approve", org, request).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(joiner).get("/api/me").then().body("organisations.id", hasItem((int) org));
        as(joiner).post("/api/organisations/{id}/membership-requests", org).then().statusCode(409)
                .body("code", equalTo("already_a_member"));

        // an officer may decide too; a rejected request leaves the requester outside and stays rejected
        String refused = ProposalFixtures.user("coord");
        long second = as(refused).post("/api/organisations/{id}/membership-requests", org).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.officer()).post("/api/organisations/{id}/membership-requests/{r}/reject", org, second)
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        as(joiner).post("/api/organisations/{id}/membership-requests/{r}/approve", org, second).then().statusCode(409)
                .body("code", equalTo("membership_request_decided"));
        as(refused).get("/api/me").then().body("organisations.id", not(hasItem((int) org)));
        as(owner).post("/api/organisations/{id}/membership-requests/{r}/approve", org, 999_999_999L).then()
                .statusCode(404);
    }
}
