package io.grantflow.evaluation;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.Deadlines;
import io.grantflow.support.TestClock;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Experts, pools and assignment with conflicts of interest, through the officer and evaluator APIs. */
@QuarkusTest
class AssignmentApiTest {

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON);
    }

    private static RequestSpecification expert(String user) {
        return given().auth().oauth2(Tokens.token(user, "evaluator")).contentType(ContentType.JSON);
    }

    private static long registerExpert(String user, Long organisation, List<String> expertise) {
        Map<String, Object> body = new HashMap<>(Map.of("username", user, "name", "Expert " + user, "nationality", "FR",
                "expertise", expertise));
        if (organisation != null) {
            body.put("organisation", organisation);
        }
        return officer().body(body).post("/api/experts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A published call whose deadline has passed, and one eligible proposal per consortium (after the re-check). */
    private static String closedCallWithEligibleProposals(Consortium... consortia) {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        Instant deadline = Deadlines.ahead();
        def.put("opensAt", Instant.now().minusSeconds(60).toString());
        def.put("deadlines", List.of(Map.of("at", deadline.toString())));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        List<Long> ids = new ArrayList<>();
        for (Consortium c : consortia) {
            long p = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
            as(c.coordinatorUser()).post("/api/proposals/{id}/submit", p).then().statusCode(200);
            ids.add(p);
        }
        Deadlines.pass(deadline);
        for (int i = 0; i < consortia.length; i++) {
            Consortium c = consortia[i];
            long p = ids.get(i);
            Await.until(() -> as(c.coordinatorUser()).get("/api/proposals/{id}", p).jsonPath().getString("status"),
                    "ELIGIBLE"::equals, Duration.ofSeconds(30), "proposal " + p + " eligible");
        }
        return call;
    }

    /** The id of the consortium's proposal to the call. */
    private static long proposalOf(String call, Consortium c) {
        return as(c.coordinatorUser()).get("/api/proposals?call=" + call).jsonPath().getLong("items[0].id");
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void assignmentAvoidsConflictsBalancesLoadAndGatesTheContent() {
        Consortium a = ProposalFixtures.consortium();
        Consortium b = ProposalFixtures.consortium();
        String call = closedCallWithEligibleProposals(a, b);
        long pa = proposalOf(call, a);

        String tag = ProposalFixtures.user("x");
        String conflicted = "ex-coi-" + tag;
        List<String> users = new ArrayList<>();
        List<Long> experts = new ArrayList<>();
        experts.add(registerExpert(conflicted, a.partner1(), List.of("RENEWABLE_ENERGY")));
        users.add(conflicted);
        for (int i = 0; i < 4; i++) {
            String user = "ex" + i + "-" + tag;
            users.add(user);
            experts.add(registerExpert(user, null, i == 0 ? List.of("RENEWABLE_ENERGY") : List.of("AEROSPACE_DEFENCE")));
        }
        officer().body(Map.of("experts", experts)).put("/api/calls/{id}/experts", call).then().statusCode(200)
                .body("items.id", hasSize(5)).body("totalItems", equalTo(5));

        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200)
                .body("proposals", equalTo(2)).body("created", equalTo(6)).body("shortfalls", hasSize(0));
        // running it again fills nothing
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200)
                .body("created", equalTo(0));

        // the expert from a partner organisation of consortium A never gets A's proposal
        List<Long> conflictedProposals = expert(conflicted).get("/api/evaluator/assignments").jsonPath()
                .getList("items.proposalId", Long.class);
        assertThat(conflictedProposals).doesNotContain(pa);
        // load is balanced: 6 assignments over 5 experts, nobody has more than 2
        for (String user : users) {
            assertThat(expert(user).get("/api/evaluator/assignments").jsonPath().getList("items.id")).hasSizeLessThanOrEqualTo(2);
        }

        // an assigned expert sees participants but not the content until the declaration
        String reader = users.stream().filter(u -> expert(u).get("/api/evaluator/assignments").jsonPath()
                .getList("items.proposalId", Long.class).contains(pa)).findFirst().orElseThrow();
        JsonPath list = expert(reader).get("/api/evaluator/assignments").jsonPath();
        long assignment = list.getLong("items.find { it.proposalId == " + pa + " }.id");
        assertThat(list.getList("items.find { it.proposalId == " + pa + " }.participants.legalName", String.class))
                .contains("Cluster BE");
        expert(reader).get("/api/evaluator/assignments/{id}", assignment).then().statusCode(403)
                .body("code", equalTo("conflict_declaration_required"))
                .body("toString()", not(containsString("Support to SMEs")));
        String other = users.stream().filter(u -> !u.equals(reader)).findFirst().orElseThrow();
        expert(other).get("/api/evaluator/assignments/{id}", assignment).then().statusCode(404);
        expert(other).body(Map.of("conflict", false)).post("/api/evaluator/assignments/{id}/conflict-declaration",
                assignment).then().statusCode(404);

        expert(reader).body(Map.of("conflict", false)).post("/api/evaluator/assignments/{id}/conflict-declaration",
                assignment).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        expert(reader).get("/api/evaluator/assignments/{id}", assignment).then().statusCode(200)
                .body("proposal.abstract", equalTo("Support to SMEs in hydrogen value chains."))
                .body("proposal.finance.requestedContribution", equalTo("1000000.00"));
        expert(reader).body(Map.of("conflict", true)).post("/api/evaluator/assignments/{id}/conflict-declaration",
                assignment).then().statusCode(409);
    }

    @Test
    void aDeclaredConflictRemovesTheAssignmentAndAssignsAReplacement() {
        Consortium c = ProposalFixtures.consortium();
        String call = closedCallWithEligibleProposals(c);

        String tag = ProposalFixtures.user("y");
        List<Long> experts = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            users.add("ey" + i + "-" + tag);
            experts.add(registerExpert(users.get(i), null, List.of()));
        }
        officer().body(Map.of("experts", experts)).put("/api/calls/{id}/experts", call).then().statusCode(200);
        officer().body(Map.of("expertsPerProposal", 2)).post("/api/calls/{id}/assignments", call).then()
                .statusCode(200).body("created", equalTo(2)).body("evaluationsStarted", equalTo(1));
        String first = users.stream().filter(u -> !expert(u).get("/api/evaluator/assignments").jsonPath()
                .getList("items.id").isEmpty()).findFirst().orElseThrow();
        long assignment = expert(first).get("/api/evaluator/assignments").jsonPath().getLong("items[0].id");

        expert(first).body(Map.of("conflict", true, "reason", "former employer of the coordinator"))
                .post("/api/evaluator/assignments/{id}/conflict-declaration", assignment).then().statusCode(200)
                .body("status", equalTo("CONFLICT_DECLARED")).body("proposal", equalTo(null));
        expert(first).get("/api/evaluator/assignments").then().body("items.id", hasSize(0));
        expert(first).get("/api/evaluator/assignments/{id}", assignment).then().statusCode(404);
        // all three experts now: two active, one replaced; nobody else left in the pool
        long active = users.stream().mapToLong(u -> expert(u).get("/api/evaluator/assignments").jsonPath()
                .getList("items.id").size()).sum();
        assertThat(active).isEqualTo(2);
        // the started evaluation keeps its two slots, whatever a later run asks for
        officer().body(Map.of("expertsPerProposal", 3)).post("/api/calls/{id}/assignments", call).then()
                .statusCode(200).body("created", equalTo(0)).body("shortfalls", hasSize(0));
        // the replacement declares a conflict too: nobody is left, the run reports the empty slot
        String replacement = users.stream().filter(u -> !u.equals(first)).filter(u -> expert(u)
                .get("/api/evaluator/assignments").jsonPath().getList("items.id").size() == 1).toList().get(0);
        long second = expert(replacement).get("/api/evaluator/assignments").jsonPath().getLong("items[0].id");
        expert(replacement).body(Map.of("conflict", true)).post("/api/evaluator/assignments/{id}/conflict-declaration",
                second).then().statusCode(200);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then()
                .statusCode(200).body("shortfalls[0].assigned", equalTo(1)).body("shortfalls[0].needed", equalTo(2));
    }

    /** An eligible proposal of a closed call, assigned to one expert who declared no conflict. */
    private static long acceptedAssignment(String expertUser) {
        String call = closedCallWithEligibleProposals(ProposalFixtures.consortium());
        long expertId = registerExpert(expertUser, null, List.of());
        officer().body(Map.of("experts", List.of(expertId))).put("/api/calls/{id}/experts", call).then().statusCode(200);
        officer().body(Map.of("expertsPerProposal", 1)).post("/api/calls/{id}/assignments", call).then()
                .body("created", equalTo(1));
        long assignment = expert(expertUser).get("/api/evaluator/assignments").jsonPath().getLong("items[0].id");
        expert(expertUser).body(Map.of("scores", List.of())).put("/api/evaluator/assignments/{id}/scores", assignment)
                .then().statusCode(403).body("code", equalTo("conflict_declaration_required"));
        expert(expertUser).body(Map.of("conflict", false))
                .post("/api/evaluator/assignments/{id}/conflict-declaration", assignment).then().statusCode(200);
        return assignment;
    }

    @Test
    void draftScoresAreSavedWithoutLosingTextThenSubmittedAndLocked() {
        String user = "ez-" + ProposalFixtures.user("z");
        long id = acceptedAssignment(user);
        expert(user).body(Map.of("scores", List.of(Map.of("criterion", "Relevance", "score", 4,
                        "comment", "Strong fit with the call's value chains."))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(200)
                .body("scores.criterion", equalTo(List.of("Relevance", "Quality", "Impact")))
                .body("scores[0].score", equalTo(4.0f));
        // a later save of another criterion, and of a score without its comment, keeps the earlier text
        expert(user).body(Map.of("scores", List.of(Map.of("criterion", "Quality", "score", 3.5),
                        Map.of("criterion", "Relevance", "score", 4.5))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(200)
                .body("scores[0].score", equalTo(4.5f))
                .body("scores[0].comment", equalTo("Strong fit with the call's value chains."))
                .body("scores[1].score", equalTo(3.5f));

        expert(user).post("/api/evaluator/assignments/{id}/submit", id).then().statusCode(422)
                .body("code", equalTo("evaluation_incomplete"))
                .body("violations.code", org.hamcrest.Matchers.hasItems("criterion_not_scored", "comment_too_short"))
                .body("violations.field", org.hamcrest.Matchers.hasItems("Quality", "Impact"));
        expert(user).body(Map.of("scores", List.of(Map.of("criterion", "Quality", "score", 3.3, "comment", "x"),
                        Map.of("criterion", "Beauty", "score", 5.5))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(422)
                .body("violations.code", org.hamcrest.Matchers.hasItems("not_a_half_point", "unknown_criterion",
                        "score_out_of_range"));

        expert(user).body(Map.of("scores", List.of(
                        Map.of("criterion", "Quality", "comment", "Sound work plan, credible partners."),
                        Map.of("criterion", "Impact", "score", 3, "comment", "Good reach to SMEs in 3 regions."))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(200);
        expert(user).post("/api/evaluator/assignments/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("scores.score", equalTo(List.of(4.5f, 3.5f, 3.0f)));
        expert(user).post("/api/evaluator/assignments/{id}/submit", id).then().statusCode(200);
        expert(user).body(Map.of("scores", List.of(Map.of("criterion", "Impact", "score", 5))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(409)
                .body("code", equalTo("evaluation_submitted"));
    }

    @Test
    void aDraftThatReplacesAnOlderVersionIsRefusedNeverOverwritingTheNewerOne() throws Exception {
        String user = "ev-" + ProposalFixtures.user("v");
        long id = acceptedAssignment(user);
        expert(user).get("/api/evaluator/assignments/{id}", id).then().statusCode(200).body("draftVersion", equalTo(0));
        expert(user).body(Map.of("version", 0, "scores", List.of(Map.of("criterion", "Relevance",
                        "comment", "Typed in the first tab."))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(200).body("draftVersion", equalTo(1));
        // a second tab still holding version 0 is refused, and the first tab's text stays
        expert(user).body(Map.of("version", 0, "scores", List.of(Map.of("criterion", "Relevance",
                        "comment", "An older text."))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(409)
                .body("code", equalTo("draft_outdated"));
        expert(user).get("/api/evaluator/assignments/{id}", id).then()
                .body("scores[0].comment", equalTo("Typed in the first tab.")).body("draftVersion", equalTo(1));
        // a save naming no version replaces what is saved, as before versions existed
        expert(user).body(Map.of("scores", List.of(Map.of("criterion", "Quality", "score", 3))))
                .put("/api/evaluator/assignments/{id}/scores", id).then().statusCode(200).body("draftVersion", equalTo(2));

        // two tabs saving over the same version at once: exactly one wins, the other is told
        List<Integer> statuses = io.grantflow.support.Concurrently.times(2, () -> expert(user)
                .body(Map.of("version", 2, "scores", List.of(Map.of("criterion", "Impact",
                        "comment", "Saved at the same moment."))))
                .put("/api/evaluator/assignments/{id}/scores", id).statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        expert(user).get("/api/evaluator/assignments/{id}", id).then().body("draftVersion", equalTo(3));
    }

    @Test
    void rolesAndValidation() {
        given().auth().oauth2(Tokens.applicant()).get("/api/evaluator/assignments").then().statusCode(403);
        given().auth().oauth2(Tokens.token("ex-nobody", "evaluator")).get("/api/evaluator/assignments").then()
                .statusCode(200).body("items.id", hasSize(0)).body("totalItems", equalTo(0));
        officer().body(Map.of("nationality", "ZZ", "organisation", 999999999)).post("/api/experts").then()
                .statusCode(422).body("violations.code", org.hamcrest.Matchers.hasItems("required", "invalid_country",
                        "unknown_organisation"));
        given().auth().oauth2(Tokens.token("ex-nobody", "evaluator")).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/calls/{id}/assignments", "NOPE").then().statusCode(403);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", "NOPE-NOPE").then().statusCode(404);
    }

    /** An instant as the API shows it: Brussels offset, to the second, never a fraction or UTC's {@code Z}. */
    static final String BRUSSELS_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00";

    @SendsInvalidRequests("out-of-range paging on purpose")
    @Test
    void expertsPoolsAndMyAssignmentsArePagedLikeEveryOtherList() {
        String call = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        CallFixtures.publish(call);
        String tag = ProposalFixtures.user("pg");
        List<Long> experts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            experts.add(registerExpert("pg" + i + "-" + tag, null, List.of()));
        }
        // the pool, set and read a page at a time: { items, page, size, totalItems, totalPages }
        officer().body(Map.of("experts", experts)).put("/api/calls/{id}/experts?size=2", call).then().statusCode(200)
                .body("items.id", equalTo(List.of(experts.get(0).intValue(), experts.get(1).intValue())))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        officer().get("/api/calls/{id}/experts?page=2&size=2", call).then().statusCode(200)
                .body("items.id", equalTo(List.of(experts.get(2).intValue()))).body("page", equalTo(2));
        officer().get("/api/calls/{id}/experts", call).then().statusCode(200).body("size", equalTo(20))
                .body("items", hasSize(3));
        // every expert, by id
        JsonPath all = officer().get("/api/experts?size=1").then().statusCode(200).body("items", hasSize(1))
                .body("size", equalTo(1)).extract().jsonPath();
        assertThat(all.getLong("totalItems")).isGreaterThanOrEqualTo(3);
        assertThat(all.getLong("totalPages")).isEqualTo(all.getLong("totalItems"));
        // the evaluator's own assignments, none yet
        expert("pg0-" + tag).get("/api/evaluator/assignments").then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(0)).body("page", equalTo(1));
        // bad page parameters are refused the same way everywhere
        officer().get("/api/experts?size=0").then().statusCode(400).body("code", equalTo("invalid_query_parameter"))
                .body("violations.field", equalTo(List.of("size")));
        officer().get("/api/calls/{id}/experts?page=x", call).then().statusCode(400)
                .body("violations.field", equalTo(List.of("page")));
        expert("pg0-" + tag).get("/api/evaluator/assignments?size=101").then().statusCode(400)
                .body("violations.field", equalTo(List.of("size")));
    }

    @Test
    void assigningBeforeTheDeadlineOrFromAnEmptyPoolSaysWhyNothingWasAssigned() {
        // before the deadline: a 409 naming the deadline in Brussels time, not { "created": 0 }
        Map<String, Object> open = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        String openCall = CallFixtures.create(open);
        CallFixtures.publish(openCall);
        officer().body(Map.of("experts", List.of(registerExpert("nc-" + ProposalFixtures.user("x"), null, List.of()))))
                .put("/api/calls/{id}/experts", openCall).then().statusCode(200);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", openCall).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("call_not_closed"))
                .body("detail", org.hamcrest.Matchers.matchesPattern(".*the deadline of the call " + openCall + " is "
                        + BRUSSELS_INSTANT + "; proposals are assigned after it.*"));
        officer().body(Map.of("cutoff", 3)).post("/api/calls/{id}/assignments", openCall).then().statusCode(422)
                .body("violations.field", equalTo(List.of("cutoff")));

        // after it, with no experts in the pool: a 409 telling how to fill the pool
        String closed = closedCallWithEligibleProposals(ProposalFixtures.consortium());
        officer().get("/api/calls/{id}/experts", closed).then().statusCode(200).body("totalItems", equalTo(0));
        officer().body(Map.of()).post("/api/calls/{id}/assignments", closed).then().statusCode(409)
                .body("code", equalTo("expert_pool_empty"))
                .body("detail", containsString("POST /api/experts"))
                .body("detail", containsString("PUT /api/calls/" + closed + "/experts"));
        // filled as told, the same request assigns
        String user = "pe-" + ProposalFixtures.user("x");
        officer().body(Map.of("experts", List.of(registerExpert(user, null, List.of())))).put("/api/calls/{id}/experts",
                closed).then().statusCode(200);
        officer().body(Map.of("expertsPerProposal", 1)).post("/api/calls/{id}/assignments", closed).then()
                .statusCode(200).body("created", equalTo(1)).body("evaluationsStarted", equalTo(1));

        // instants, in JSON and inside the timeline's texts, are Brussels time to the second
        JsonPath mine = expert(user).get("/api/evaluator/assignments").jsonPath();
        assertThat(mine.getString("items[0].assignedAt")).matches(BRUSSELS_INSTANT);
        long proposal = mine.getLong("items[0].proposalId");
        String started = officer().get("/api/proposals/{id}", proposal).then().statusCode(200).extract().jsonPath()
                .getString("timeline.find { it.step == 'EVALUATION_STARTED' }.detail");
        assertThat(started).matches("1 experts; due " + BRUSSELS_INSTANT);
    }

    @Test
    void expertiseTagsAreTheSectorsAndActivities() {
        String user = "tg-" + ProposalFixtures.user("x");
        officer().body(Map.of("username", user, "name", "Expert", "nationality", "FR",
                        "expertise", List.of("RENEWABLE_ENERGY", "quantum", "SKILLS"))).post("/api/experts").then().statusCode(422)
                .body("code", equalTo("invalid_expert"))
                .body("violations.field", equalTo(List.of("expertise[1]")))
                .body("violations.code", equalTo(List.of("unknown_tag")))
                .body("violations[0].message", containsString("RENEWABLE_ENERGY"))
                .body("violations[0].message", containsString("GREEN_CIRCULAR_ECONOMY"));
        officer().body(Map.of("username", user, "name", "Expert", "nationality", "FR",
                        "expertise", List.of("RENEWABLE_ENERGY", "SKILLS"))).post("/api/experts").then().statusCode(201)
                .body("expertise", equalTo(List.of("RENEWABLE_ENERGY", "SKILLS")));
    }
}
