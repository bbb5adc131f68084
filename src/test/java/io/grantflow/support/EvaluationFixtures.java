package io.grantflow.support;

import io.grantflow.support.ProposalFixtures.Consortium;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;

/** Experts, closed calls with eligible proposals, and evaluations, all through the API. */
public final class EvaluationFixtures {

    private EvaluationFixtures() {
    }

    public static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON);
    }

    public static RequestSpecification expert(String user) {
        return given().auth().oauth2(Tokens.token(user, "evaluator")).contentType(ContentType.JSON);
    }

    public static long registerExpert(String user, Long organisation, List<String> expertise) {
        Map<String, Object> body = new HashMap<>(Map.of("username", user, "name", "Expert " + user, "nationality", "FR",
                "expertise", expertise));
        if (organisation != null) {
            body.put("organisation", organisation);
        }
        return officer().body(body).post("/api/experts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Registers {@code n} experts with unique names, sets them as the call's pool, and returns their user names. */
    public static List<String> pool(String call, int n) {
        String tag = ProposalFixtures.user("pool");
        List<String> users = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add("ex" + i + "-" + tag);
            ids.add(registerExpert(users.get(i), null, List.of()));
        }
        officer().body(Map.of("experts", ids)).put("/api/calls/{id}/experts", call).then().statusCode(200);
        return users;
    }

    /**
     * Publishes {@code definition} with its only deadline {@code seconds} ahead, submits one proposal per
     * consortium (acronyms in order) and waits until each is eligible; returns the proposal ids in order.
     * Read the call's identifier from {@code definition} afterwards: a retry gives the call a new one.
     */
    public static List<Long> closedCallWithEligibleProposals(Map<String, Object> definition, int seconds,
                                                             List<Consortium> consortia, List<String> acronyms) {
        return closedCallWithEligibleProposals(definition, seconds, consortia, acronyms, content -> { });
    }

    /** The same, each proposal's content changed by {@code change} before it is drafted (e.g. work packages). */
    public static List<Long> closedCallWithEligibleProposals(Map<String, Object> definition, int seconds,
                                                             List<Consortium> consortia, List<String> acronyms,
                                                             java.util.function.Consumer<Map<String, Object>> change) {
        // The deadline is a real instant: the engine's timer fires by the wall clock. A machine too slow to
        // submit everything before it does not fail the test: the call is made again, under another
        // identifier, with twice the margin (a bound of five attempts only stops a hang).
        String identifier = (String) definition.get("identifier");
        List<Long> ids = null;
        for (int attempt = 0, margin = seconds; ids == null; attempt++, margin *= 2) {
            if (attempt > 0) {
                definition.put("identifier", identifier + "-R" + attempt);
            }
            Instant deadline = Instant.now().plusSeconds(margin);
            try {
                ids = submitted(definition, deadline, consortia, acronyms, change);
            } catch (AssertionError e) {
                if (attempt >= 4 || Instant.now().isBefore(deadline)) {
                    throw e; // not the deadline overtaking a slow machine
                }
            }
        }
        for (int i = 0; i < consortia.size(); i++) {
            Consortium c = consortia.get(i);
            long p = ids.get(i);
            Await.until(() -> as(c.coordinatorUser()).get("/api/proposals/{id}", p).jsonPath().getString("status"),
                    "ELIGIBLE"::equals, Duration.ofSeconds(40), "proposal " + p + " eligible");
        }
        return ids;
    }

    /** Publishes {@code definition} with its only deadline at {@code deadline} and submits one proposal per consortium. */
    private static List<Long> submitted(Map<String, Object> definition, Instant deadline, List<Consortium> consortia,
                                        List<String> acronyms, java.util.function.Consumer<Map<String, Object>> change) {
        definition.put("opensAt", Instant.now().minusSeconds(60).toString());
        definition.put("deadlines", List.of(Map.of("at", deadline.toString())));
        String call = CallFixtures.create(definition);
        CallFixtures.publish(call);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < consortia.size(); i++) {
            Consortium c = consortia.get(i);
            Map<String, Object> content = ProposalFixtures.content(c, "750000.00", "277777.78");
            content.put("acronym", acronyms.get(i));
            change.accept(content);
            long p = ProposalFixtures.draft(call, c, content);
            as(c.coordinatorUser()).post("/api/proposals/{id}/submit", p).then().statusCode(200);
            ids.add(p);
        }
        return ids;
    }

    /** The expert's assignment for a proposal, or null. */
    public static Long assignmentOf(String expert, long proposal) {
        List<Map<String, Object>> mine = expert(expert).get("/api/evaluator/assignments?size=100").jsonPath()
                .getList("items");
        return mine.stream().filter(a -> ((Number) a.get("proposalId")).longValue() == proposal)
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElse(null);
    }

    /** The experts (of {@code users}) assigned to a proposal, with their assignment ids. */
    public static Map<String, Long> assignedTo(List<String> users, long proposal) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String u : users) {
            Long a = assignmentOf(u, proposal);
            if (a != null) {
                out.put(u, a);
            }
        }
        return out;
    }

    /** Scores as the API takes them, each with a comment long enough for the default minimum. */
    public static List<Map<String, Object>> scores(Map<String, Object> byCriterion) {
        List<Map<String, Object>> out = new ArrayList<>();
        byCriterion.forEach((criterion, score) -> out.add(Map.of("criterion", criterion, "score", score,
                "comment", "Assessment of " + criterion + ": justified by the proposal's text.")));
        return out;
    }

    /** Declares no conflict, saves every score and submits. */
    public static void evaluate(String expert, long assignment, Map<String, Object> byCriterion) {
        expert(expert).body(Map.of("conflict", false))
                .post("/api/evaluator/assignments/{id}/conflict-declaration", assignment).then().statusCode(200);
        expert(expert).body(Map.of("scores", scores(byCriterion))).put("/api/evaluator/assignments/{id}/scores", assignment)
                .then().statusCode(200);
        expert(expert).post("/api/evaluator/assignments/{id}/submit", assignment).then().statusCode(200);
    }

    /** Waits until the proposal's consensus is open (the process's asynchronous step). */
    public static void awaitConsensusOpen(long proposal) {
        Await.until(() -> officer().get("/api/proposals/{id}/consensus", proposal).jsonPath().getString("status"),
                "CONSENSUS"::equals, Duration.ofSeconds(30), "consensus of proposal " + proposal + " open");
    }

    /** Agrees a consensus with these scores. */
    public static void agree(long proposal, Map<String, Object> byCriterion) {
        officer().body(Map.of("scores", scores(byCriterion))).put("/api/proposals/{id}/consensus", proposal)
                .then().statusCode(200);
        officer().post("/api/proposals/{id}/consensus/submit", proposal).then().statusCode(200);
    }

    public static Map<String, Object> rqi(Object relevance, Object quality, Object impact) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Relevance", relevance);
        m.put("Quality", quality);
        m.put("Impact", impact);
        return m;
    }

    /**
     * Evaluates each proposal with one expert (the call must have {@code expertsPerProposal} 1) and agrees
     * a consensus equal to that expert's scores, given per proposal in order.
     */
    public static void evaluateAll(String call, List<Long> proposals, List<Map<String, Object>> scores) {
        List<String> experts = pool(call, 2);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200);
        for (int i = 0; i < proposals.size(); i++) {
            long p = proposals.get(i);
            Map<String, Long> assigned = assignedTo(experts, p);
            Map.Entry<String, Long> only = assigned.entrySet().iterator().next();
            evaluate(only.getKey(), only.getValue(), scores.get(i));
        }
        for (int i = 0; i < proposals.size(); i++) {
            awaitConsensusOpen(proposals.get(i));
            agree(proposals.get(i), scores.get(i));
        }
    }
}
