package io.grantflow.proposals;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ProposalApiTest {

    private static String openCall() {
        String id = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        CallFixtures.publish(id);
        return id;
    }

    @Test
    void coordinatorDraftsSubmitsAndResubmitsWithVersions() {
        String call = openCall();
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));

        as(c.coordinatorUser()).get("/api/proposals/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("finance.requestedContribution", equalTo("1000000.00"))
                .body("finance.plannedSmeSupport", equalTo("750000.00"))
                .body("finance.plannedSmeSharePercent", equalTo(75.0f))
                .body("consortium.role", equalTo(List.of("COORDINATOR", "PARTNER", "PARTNER")))
                .body("abstract", equalTo("Support to SMEs in hydrogen value chains."));

        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(1))
                .body("processStep", equalTo("Waiting for the deadline"));
        // a double click: same content, no second version
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200)
                .body("currentVersion", equalTo(1));

        Map<String, Object> changed = ProposalFixtures.content(c, "750000.00", "277777.78");
        changed.put("title", "Hydrogen value chains for SMEs, revised");
        as(c.partnerUser()).body(changed).put("/api/proposals/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("timeline.step", hasItems("CREATED", "SUBMITTED", "EDITED", "RESUBMITTED"));
        as(c.coordinatorUser()).get("/api/proposals/{id}/versions", id).then().statusCode(200)
                .body("items.number", equalTo(List.of(1, 2))).body("items.current", equalTo(List.of(false, true)))
                .body("totalItems", equalTo(2));
        as(c.coordinatorUser()).get("/api/proposals/{id}/versions?size=1&page=2", id).then().statusCode(200)
                .body("items.number", equalTo(List.of(2))).body("page", equalTo(2)).body("totalPages", equalTo(2));
    }

    @Test
    void smeShareOf75PercentPassesAnd7499Fails() {
        String call = openCall();
        Consortium c = ProposalFixtures.consortium();
        long exact = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", exact).then().statusCode(200)
                .body("eligible", equalTo(true)).body("violations", hasSize(0));

        long below = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "749900.00", "277777.78"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", below).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("proposal_ineligible"))
                .body("violations.code", equalTo(List.of("sme_share_below_minimum")))
                .body("violations[0].message", containsString("749900.00"))
                .body("violations[0].message", containsString("999900.00"))
                .body("violations[0].message", containsString("74.99"))
                .body("violations[0].message", containsString("75.00%"));
        as(c.coordinatorUser()).get("/api/proposals/{id}", below).then().body("status", equalTo("DRAFT"))
                .body("currentVersion", equalTo(0));
    }

    @Test
    void everyEligibilityProblemIsListedAtOnce() {
        String call = openCall();
        Consortium c = ProposalFixtures.consortium();
        long us = ProposalFixtures.organisation(c.partnerUser(), "US Partner", "US", "OTHER");
        Map<String, Object> content = ProposalFixtures.content(c, "100000.00", "2000000.00");
        content.put("partners", List.of(Map.of("organisation", us, "role", "PARTNER"),
                Map.of("organisation", us, "role", "PARTNER")));
        content.put("budget", List.of(Map.of("organisation", c.coordinator(), "personnel", "2000000.00")));
        long id = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(422)
                .body("violations.code", hasItems("duplicate_partner", "too_few_partners", "too_few_countries",
                        "country_not_eligible", "grant_above_maximum", "sme_share_below_minimum"));
        // the coordinator is a cluster organisation: the type requirement holds
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then()
                .body("violations.code", not(hasItem("required_organisation_type_missing")));
    }

    @Test
    void requiredCountriesSuchAsAUkrainianPartner() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("eligibility", Map.of("minPartners", 2, "minCountries", 2,
                "requiredCountries", List.of(Map.of("label", "a Ukrainian partner", "countries", List.of("UA"), "min", 1))));
        def.put("fstp", Map.of("minSmeShare", new java.math.BigDecimal("0.00")));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        Consortium c = ProposalFixtures.consortium();
        long without = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "0.00", "500000.00"));
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", without).then()
                .body("violations.code", equalTo(List.of("required_country_missing")))
                .body("violations[0].message", containsString("a Ukrainian partner"));

        long ua = ProposalFixtures.organisation(c.partnerUser(), "Kyiv Cluster", "UA", "CLUSTER_ORGANISATION");
        Map<String, Object> content = ProposalFixtures.content(c, "0.00", "500000.00");
        content.put("partners", List.of(Map.of("organisation", ua, "role", "PARTNER")));
        content.put("budget", List.of(Map.of("organisation", c.coordinator(), "personnel", "500000.00")));
        long with = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", with).then().statusCode(200);
    }

    @Test
    void requiredOrganisationTypesOnBothSides() {
        String call = openCall(); // requires at least one CLUSTER_ORGANISATION
        Consortium c = ProposalFixtures.consortium();
        String other = ProposalFixtures.user("coord");
        long research = ProposalFixtures.organisation(other, "Research BE", "BE", "RESEARCH_ORGANISATION");
        long support = ProposalFixtures.organisation(other, "Support FR", "FR", "BUSINESS_SUPPORT_ORGANISATION");
        long publicBody = ProposalFixtures.organisation(other, "Agency IT", "IT", "PUBLIC_BODY");
        Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78");
        content.put("coordinator", research);
        content.put("partners", List.of(Map.of("organisation", support), Map.of("organisation", publicBody)));
        content.put("budget", List.of(Map.of("organisation", research, "financialSupportToThirdParties", "750000.00",
                "personnel", "277777.78")));
        long without = as(other).body(content).post("/api/calls/{id}/proposals", call).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(other).get("/api/proposals/{id}/eligibility", without).then()
                .body("violations.code", equalTo(List.of("required_organisation_type_missing")));
        // the consortium fixture has two cluster organisations
        long with = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", with).then().body("eligible", equalTo(true));
    }

    @Test
    void aClusterOrganisationCountsOnlyOnceAnOfficerValidatedIt() {
        String call = openCall(); // requires at least one CLUSTER_ORGANISATION
        Consortium c = ProposalFixtures.consortium();
        String other = ProposalFixtures.user("coord");
        long claimed = ProposalFixtures.registered(other, "Cluster claimed BE", "BE", "CLUSTER_ORGANISATION");
        long support = ProposalFixtures.organisation(other, "Support FR", "FR", "BUSINESS_SUPPORT_ORGANISATION");
        long publicBody = ProposalFixtures.organisation(other, "Agency IT", "IT", "PUBLIC_BODY");
        Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78");
        content.put("coordinator", claimed);
        content.put("partners", List.of(Map.of("organisation", support), Map.of("organisation", publicBody)));
        content.put("budget", List.of(Map.of("organisation", claimed, "financialSupportToThirdParties", "750000.00",
                "personnel", "277777.78")));
        long proposal = as(other).body(content).post("/api/calls/{id}/proposals", call).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(other).get("/api/proposals/{id}/eligibility", proposal).then()
                .body("violations.code", equalTo(List.of("organisation_not_validated")));
        ProposalFixtures.validate(claimed);
        as(other).get("/api/proposals/{id}/eligibility", proposal).then().body("eligible", equalTo(true));
    }

    @Test
    void lumpSumProposalsShareTheLumpSumAmongWorkPackages() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("actionType", "LUMP_SUM_GRANT");
        def.put("fstp", Map.of("minSmeShare", 0));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> content = ProposalFixtures.content(c, "0.00", "500000.00");
        content.put("workPackages", List.of(Map.of("title", "WP1", "lumpSumShare", 60),
                Map.of("title", "WP2", "lumpSumShare", 40)));
        long ok = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", ok).then().body("eligible", equalTo(true));

        content.put("workPackages", List.of(Map.of("title", "WP1", "lumpSumShare", 60),
                Map.of("title", "WP2", "lumpSumShare", 39.99)));
        long short1 = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", short1).then().statusCode(422)
                .body("violations.code", equalTo(List.of("lump_sum_shares_not_100")));

        content.put("workPackages", List.of());
        long none = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", none).then()
                .body("violations.code", equalTo(List.of("work_packages_required")));

        content.put("workPackages", List.of(Map.of("title", "WP1", "lumpSumShare", 33.333)));
        as(c.coordinatorUser()).body(content).post("/api/calls/{id}/proposals", call).then().statusCode(422)
                .body("violations.code", equalTo(List.of("too_many_decimals")));
    }

    @Test
    void grantLimitsOnBothSides() {
        String call = openCall(); // min 100000.00, max 1400000.00, other costs at 90%
        Consortium c = ProposalFixtures.consortium();
        long atMax = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "1050000.00", "388888.89"));
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", atMax).then()
                .body("finance.requestedContribution", equalTo("1400000.00")).body("eligible", equalTo(true));
        long aboveMax = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "1050000.01", "388888.89"));
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", aboveMax).then()
                .body("violations.code", equalTo(List.of("grant_above_maximum")));
        long belowMin = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "75000.00", "27777.77"));
        as(c.coordinatorUser()).get("/api/proposals/{id}/eligibility", belowMin).then()
                .body("finance.requestedContribution", equalTo("99999.99"))
                .body("violations.code", equalTo(List.of("grant_below_minimum")));
    }

    @Test
    void otherConsortiaSeeNothingPartnersEditOnlyCoordinatorsSubmit() {
        String call = openCall();
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        Consortium other = ProposalFixtures.consortium();

        as(other.coordinatorUser()).get("/api/proposals/{id}", id).then().statusCode(404)
                .body("toString()", not(containsString("HYVALUE")));
        as(other.coordinatorUser()).get("/api/proposals/{id}/eligibility", id).then().statusCode(404);
        as(other.coordinatorUser()).body(ProposalFixtures.content(c, "1.00", "1.00")).put("/api/proposals/{id}", id)
                .then().statusCode(404);
        as(other.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(404);
        as(other.coordinatorUser()).get("/api/proposals?call=" + call).then().statusCode(200).body("items", hasSize(0));

        as(c.partnerUser()).get("/api/proposals/{id}", id).then().statusCode(200);
        as(c.partnerUser()).post("/api/proposals/{id}/submit", id).then().statusCode(403)
                .body("code", equalTo("not_a_coordinator_member"));
        as(c.partnerUser()).get("/api/proposals?call=" + call).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        given().auth().oauth2(Tokens.officer()).get("/api/proposals?call=" + call).then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().get("/api/proposals/{id}", id).then().statusCode(401);
        given().auth().oauth2(Tokens.token("some-sme", "sme")).get("/api/proposals/{id}", id).then().statusCode(403);
    }

    @Test
    void onlyCoordinatorMembersCreateAndTheCoordinatorStays() {
        String call = openCall();
        Consortium c = ProposalFixtures.consortium();
        as(c.partnerUser()).body(ProposalFixtures.content(c, "750000.00", "277777.78"))
                .post("/api/calls/{id}/proposals", call).then().statusCode(403);
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78");
        content.put("coordinator", c.partner1());
        as(c.coordinatorUser()).body(content).put("/api/proposals/{id}", id).then().statusCode(422)
                .body("violations.code", hasItem("coordinator_cannot_change"));
    }

    @SendsInvalidRequests("read-only fields a client may not send")
    @Test
    void contentRulesAndClientFieldsThatAreRefused() {
        String call = openCall();
        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> content = ProposalFixtures.content(c, "-1.00", "10.00");
        content.put("acronym", "");
        content.put("partners", List.of(Map.of("organisation", 999999999, "role", "PARTNER")));
        content.put("tags", List.of("NOT_A_TAG"));
        as(c.coordinatorUser()).body(content).post("/api/calls/{id}/proposals", call).then().statusCode(422)
                .body("code", equalTo("invalid_proposal"))
                .body("violations.code", hasItems("required", "unknown_organisation", "must_not_be_negative",
                        "unknown_tag", "budget_for_non_member"));

        Map<String, Object> withStatus = ProposalFixtures.content(c, "750000.00", "277777.78");
        withStatus.put("status", "ELIGIBLE");
        as(c.coordinatorUser()).body(withStatus).post("/api/calls/{id}/proposals", call).then().statusCode(400)
                .body("violations[0].code", equalTo("unknown_field"));
        Map<String, Object> withAmount = ProposalFixtures.content(c, "750000.00", "277777.78");
        withAmount.put("requestedContribution", "5.00");
        as(c.coordinatorUser()).body(withAmount).post("/api/calls/{id}/proposals", call).then().statusCode(400);
    }

    @Test
    void proposalsOnlyForOpenCalls() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("opensAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        String forthcoming = CallFixtures.create(def);
        Consortium c = ProposalFixtures.consortium();
        as(c.coordinatorUser()).body(ProposalFixtures.content(c, "750000.00", "277777.78"))
                .post("/api/calls/{id}/proposals", forthcoming).then().statusCode(404); // a draft call is not public
        CallFixtures.publish(forthcoming);
        as(c.coordinatorUser()).body(ProposalFixtures.content(c, "750000.00", "277777.78"))
                .post("/api/calls/{id}/proposals", forthcoming).then().statusCode(409)
                .body("code", equalTo("call_not_open"));
    }

    @Test
    void withdrawnProposalsCannotBeSubmitted() {
        String call = openCall();
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200);
        as(c.partnerUser()).post("/api/proposals/{id}/withdraw", id).then().statusCode(403);
        as(c.coordinatorUser()).post("/api/proposals/{id}/withdraw", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("processStep", equalTo(null));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(409)
                .body("code", equalTo("proposal_withdrawn"));
    }
}
