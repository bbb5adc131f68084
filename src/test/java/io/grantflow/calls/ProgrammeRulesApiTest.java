package io.grantflow.calls;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The programme rules that were only in descriptions, through the API: the EU–Ukraine objectives every proposal
 * addresses, the EEN activities its work packages cover, the project period of a call (and of its grants), and a
 * second round of a call linked to the first as the same scheme.
 */
@QuarkusTest
class ProgrammeRulesApiTest {

    private static final List<Map<String, String>> UKRAINE_OBJECTIVES = List.of(
            Map.of("code", "VALUE_CHAIN_INTERLINKAGES", "title", "Value-chain interlinkages"),
            Map.of("code", "CAPACITY_BUILDING", "title", "Capacity building"));

    private static final List<Map<String, String>> EEN_ACTIVITIES = List.of(
            Map.of("code", "SERVICES_TO_CLIENTS", "title", "Services to clients"),
            Map.of("code", "PROMOTION", "title", "Promotion"),
            Map.of("code", "NETWORK_DEVELOPMENT", "title", "Network development"),
            Map.of("code", "COORDINATION", "title", "Coordination"),
            Map.of("code", "PROJECT_MANAGEMENT", "title", "Project management"));

    private static io.restassured.specification.RequestSpecification officer() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON);
    }

    private static String openCall(Map<String, Object> call) {
        String id = CallFixtures.create(call);
        CallFixtures.publish(id);
        return id;
    }

    private static Map<String, String> objective(String code, String how) {
        return Map.of("code", code, "how", how);
    }

    private static Map<String, Object> workPackage(String title, String... activities) {
        return Map.of("title", title, "activities", List.of(activities));
    }

    @Test
    void anEuUkraineProposalMissingAnObjectiveIsRefusedAndOneAddressingBothIsSubmitted() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("objectives", UKRAINE_OBJECTIVES);
        String call = openCall(def);
        given().get("/api/calls/{id}", call).then().statusCode(200)
                .body("objectives.code", equalTo(List.of("VALUE_CHAIN_INTERLINKAGES", "CAPACITY_BUILDING")))
                .body("objectives[1].title", equalTo("Capacity building"));

        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78");
        long id = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(422)
                .body("code", equalTo("proposal_ineligible"))
                .body("violations.code", equalTo(List.of("objective_not_addressed", "objective_not_addressed")));

        content.put("objectives", List.of(objective("CAPACITY_BUILDING", "Training of Ukrainian cluster managers")));
        as(c.coordinatorUser()).body(content).put("/api/proposals/{id}", id).then().statusCode(200);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(422)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("objectives"))
                .body("violations[0].code", equalTo("objective_not_addressed"))
                .body("violations[0].message", containsString("VALUE_CHAIN_INTERLINKAGES"));

        content.put("objectives", List.of(objective("CAPACITY_BUILDING", "Training"), objective("PEACE", "?")));
        as(c.coordinatorUser()).body(content).put("/api/proposals/{id}", id).then().statusCode(422)
                .body("code", equalTo("invalid_proposal"))
                .body("violations[0].field", equalTo("objectives[1].code"))
                .body("violations[0].code", equalTo("unknown_objective"));

        content.put("objectives", List.of(objective("VALUE_CHAIN_INTERLINKAGES", "Joint agri-food supply chains"),
                objective("CAPACITY_BUILDING", "Training of Ukrainian cluster managers")));
        as(c.coordinatorUser()).body(content).put("/api/proposals/{id}", id).then().statusCode(200)
                .body("objectives.code", equalTo(List.of("VALUE_CHAIN_INTERLINKAGES", "CAPACITY_BUILDING")));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("objectives[0].how", equalTo("Joint agri-food supply chains"));
    }

    @Test
    void anEenProposalWhoseWorkPackagesMissPromotionIsRefused() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("requiredActivities", EEN_ACTIVITIES);
        String call = openCall(def);

        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78");
        content.put("workPackages", List.of(workPackage("Advisory services", "SERVICES_TO_CLIENTS"),
                workPackage("Network", "NETWORK_DEVELOPMENT"),
                workPackage("Management", "COORDINATION", "PROJECT_MANAGEMENT")));
        long id = ProposalFixtures.draft(call, c, content);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(422)
                .body("code", equalTo("proposal_ineligible"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("workPackages"))
                .body("violations[0].code", equalTo("activity_not_covered"))
                .body("violations[0].message", containsString("PROMOTION"));

        content.put("workPackages", List.of(workPackage("Everything else")));
        as(c.coordinatorUser()).body(content).put("/api/proposals/{id}", id).then().statusCode(200);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(422)
                .body("violations.code", equalTo(List.of("activity_not_covered", "activity_not_covered",
                        "activity_not_covered", "activity_not_covered", "activity_not_covered")));

        content.put("workPackages", List.of(workPackage("Outreach", "PROMOTION", "MARKETING")));
        as(c.coordinatorUser()).body(content).put("/api/proposals/{id}", id).then().statusCode(422)
                .body("violations[0].field", equalTo("workPackages[0].activities[1]"))
                .body("violations[0].code", equalTo("unknown_activity"));

        content.put("workPackages", List.of(workPackage("Advisory services", "SERVICES_TO_CLIENTS"),
                workPackage("Outreach", "PROMOTION", "NETWORK_DEVELOPMENT"),
                workPackage("Management", "COORDINATION", "PROJECT_MANAGEMENT")));
        as(c.coordinatorUser()).body(content).put("/api/proposals/{id}", id).then().statusCode(200)
                .body("workPackages[1].activities", equalTo(List.of("PROMOTION", "NETWORK_DEVELOPMENT")));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void theProjectPeriodEndsAfterItStartsAndIsShownOnTheCall() {
        String programme = CallFixtures.programme("100000000.00");
        Map<String, Object> def = CallFixtures.euroclustersLike(programme);
        def.put("projectPeriod", Map.of("start", "2025-07-01", "end", "2025-07-01"));
        officer().body(def).post("/api/calls").then().statusCode(422)
                .body("code", equalTo("invalid_call"))
                .body("violations.field", equalTo(List.of("projectPeriod.end")))
                .body("violations.code", equalTo(List.of("project_period_end_not_after_start")));

        def.put("projectPeriod", Map.of("start", "2025-07-01", "end", "2028-12-31"));
        String call = CallFixtures.create(def);
        given().auth().oauth2(Tokens.officer()).get("/api/calls/{id}", call).then().statusCode(200)
                .body("projectPeriod.start", equalTo("2025-07-01"))
                .body("projectPeriod.end", equalTo("2028-12-31"));
    }

    @Test
    void aGrantOfACallWithAProjectPeriodStartsOnItsFirstDay() {
        GrantFixtures.SignedGrant g = GrantFixtures.signedGrant(def ->
                def.put("projectPeriod", Map.of("start", "2030-07-01", "end", "2033-12-31")));
        as(g.consortium().coordinatorUser()).get("/api/grants/{id}", g.id()).then().statusCode(200)
                .body("startDate", equalTo("2030-07-01"))
                .body("projectEnd", equalTo("2033-12-31"))
                .body("reportingPeriods[0].from", equalTo("2030-07-01"));
    }

    @Test
    void aSecondRoundFollowsTheFirstAsTheSameSchemeAndTheFirstListsIt() {
        String programme = CallFixtures.programme("100000000.00");
        Map<String, Object> first = CallFixtures.euroclustersLike(programme);
        first.put("scheme", "ESCP-4i");
        first.put("budget", "7240000.00");
        first.put("expectedGrants", 25);
        String firstId = openCall(first);

        Map<String, Object> second = CallFixtures.euroclustersLike(programme);
        second.put("previousRound", firstId);
        second.put("budget", "8300000.00");
        second.put("expectedGrants", 24);
        String secondId = CallFixtures.create(second);
        officer().get("/api/calls/{id}", secondId).then().statusCode(200)
                .body("previousRound", equalTo(firstId))
                .body("scheme", equalTo("ESCP-4i"));
        given().get("/api/calls/{id}", firstId).then().statusCode(200)
                .body("laterRounds", hasSize(0)); // a draft is no round anyone sees yet
        CallFixtures.publish(secondId);
        given().get("/api/calls/{id}", firstId).then().statusCode(200)
                .body("laterRounds", hasSize(1))
                .body("laterRounds[0].identifier", equalTo(secondId))
                .body("laterRounds[0].budget", equalTo("8300000.00"))
                .body("laterRounds[0].expectedGrants", equalTo(24));
    }

    @Test
    void aPreviousRoundExistsIsOfTheSameProgrammeAndSchemeAndNeverFollowsItsFollower() {
        String programme = CallFixtures.programme("100000000.00");
        Map<String, Object> first = CallFixtures.euroclustersLike(programme);
        first.put("scheme", "ESCP-4i");
        String firstId = CallFixtures.create(first);
        Map<String, Object> elsewhere = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        String elsewhereId = CallFixtures.create(elsewhere);

        Map<String, Object> unknown = CallFixtures.euroclustersLike(programme);
        unknown.put("previousRound", "NO-SUCH-CALL");
        officer().body(unknown).post("/api/calls").then().statusCode(422)
                .body("violations.code", equalTo(List.of("unknown_previous_round")));

        Map<String, Object> wrong = CallFixtures.euroclustersLike(programme);
        wrong.put("previousRound", elsewhereId);
        officer().body(wrong).post("/api/calls").then().statusCode(422)
                .body("violations.code", equalTo(List.of("previous_round_other_programme")));

        Map<String, Object> otherScheme = CallFixtures.euroclustersLike(programme);
        otherScheme.put("previousRound", firstId);
        otherScheme.put("scheme", "Euroclusters");
        officer().body(otherScheme).post("/api/calls").then().statusCode(422)
                .body("violations.code", equalTo(List.of("scheme_differs_from_previous_round")));

        Map<String, Object> follower = CallFixtures.euroclustersLike(programme);
        follower.put("previousRound", firstId);
        CallFixtures.create(follower);
        first.put("previousRound", follower.get("identifier"));
        officer().body(first).put("/api/calls/{id}", firstId).then().statusCode(422)
                .body("violations.code", hasItem("previous_round_cycle"));
    }
}
