package io.grantflow.users;

import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.PanelFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/me} lists what waits for the caller, for any user: a situation is built through the
 * API and the counts and links follow the work as it is done (and are absent for those it is not for).
 */
@QuarkusTest
class WaitingWorkTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static JsonPath me(io.restassured.specification.RequestSpecification who) {
        return who.get("/api/me").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> links(JsonPath me, String task) {
        List<String> links = me.getList("waiting.tasks.find { it.task == '" + task + "' }?.links");
        return links == null ? List.of() : links;
    }

    private static int count(JsonPath me, String task) {
        Integer count = me.get("waiting.tasks.find { it.task == '" + task + "' }?.count");
        return count == null ? 0 : count;
    }

    @Test
    void theConsortiumTheSmeTheHostAndTheSecondOfficerSeeTheirWorkUntilItIsDone() {
        // officers see every programme order waiting, also those other tests left: counted before and after
        var secondOfficer = given().auth().oauth2(Tokens.token("officer2-" + ProposalFixtures.nextPic(), "officer"))
                .contentType(ContentType.JSON);
        int waitingBefore = count(me(secondOfficer), "ORDERS_TO_APPROVE");
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();
        int initiatorBefore = count(me(EvaluationFixtures.officer()), "ORDERS_TO_APPROVE");

        // the pre-financing the awarding officer ordered waits for a second officer, never for the initiator
        long preFinancing = as(coordinator).get("/api/grants/{id}", g.id()).then().statusCode(200).extract()
                .jsonPath().getLong("preFinancing.paymentOrder");
        String orderLink = "/api/payments/" + preFinancing;
        JsonPath waiting = me(secondOfficer);
        assertThat(count(waiting, "ORDERS_TO_APPROVE")).isEqualTo(waitingBefore + 1);
        if (count(waiting, "ORDERS_TO_APPROVE") <= io.grantflow.users.application.Waiting.MAX_LINKS) { // links: the oldest first
            assertThat(links(waiting, "ORDERS_TO_APPROVE")).contains(orderLink);
        }
        assertThat(count(me(EvaluationFixtures.officer()), "ORDERS_TO_APPROVE")).isEqualTo(initiatorBefore);
        assertThat(links(me(EvaluationFixtures.officer()), "ORDERS_TO_APPROVE")).doesNotContain(orderLink);
        assertThat(links(me(as(coordinator)), "ORDERS_TO_APPROVE")).doesNotContain(orderLink);
        secondOfficer.post("/api/payments/{id}/approve", preFinancing).then().statusCode(200);
        JsonPath afterApproval = me(secondOfficer);
        assertThat(links(afterApproval, "ORDERS_TO_APPROVE")).doesNotContain(orderLink);
        assertThat(count(afterApproval, "ORDERS_TO_APPROVE")).isEqualTo(waitingBefore);

        // an evaluated open call: the consortium decides (not the SME), the partner approves the first tranche
        Map<String, Object> def = openCall("LUMP_SUM_UP_TO", "EVALUATED", "20000.00");
        def.put("maxAmount", "5000.00");
        def.put("firstTranchePercent", 50);
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> asTheSme = () -> given().auth()
                .oauth2(Tokens.token(sme.user(), "sme")).contentType(ContentType.JSON); // a fresh request each time
        assertThat(me(asTheSme.get()).getInt("waiting.total")).isZero();
        long app = asSme(sme).body(application(sme, "4000.00", null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String appLink = "/api/applications/" + app;
        assertThat(links(me(as(coordinator)), "APPLICATIONS_TO_DECIDE")).containsExactly(appLink);
        assertThat(links(me(as(partner)), "APPLICATIONS_TO_DECIDE")).containsExactly(appLink);
        assertThat(links(me(asTheSme.get()), "APPLICATIONS_TO_DECIDE")).isEmpty();
        as(coordinator).body(Map.of("approve", true, "reason", "Good plan")).post("/api/applications/{id}/decision", app)
                .then().statusCode(200);
        assertThat(count(me(as(coordinator)), "APPLICATIONS_TO_DECIDE")).isZero();
        long firstTranche = asTheSme.get().get(appLink).then().statusCode(200).extract().jsonPath()
                .getLong("firstTranche.paymentOrder");
        assertThat(links(me(as(partner)), "ORDERS_TO_APPROVE")).containsExactly("/api/payments/" + firstTranche);
        assertThat(links(me(as(coordinator)), "ORDERS_TO_APPROVE")).isEmpty(); // the initiator
        assertThat(links(me(secondOfficer), "ORDERS_TO_APPROVE")).doesNotContain("/api/payments/" + firstTranche);

        // the SME reports; the consortium verifies
        assertThat(links(me(asTheSme.get()), "REPORTS_TO_SEND")).containsExactly(appLink);
        asTheSme.get().body(Map.of("report", "Done as planned", "proof", "https://files.example/proof.pdf"))
                .post("/api/applications/{id}/report", app).then().statusCode(200);
        assertThat(count(me(asTheSme.get()), "REPORTS_TO_SEND")).isZero();
        assertThat(links(me(as(partner)), "REPORTS_TO_VERIFY")).containsExactly(appLink);
        as(partner).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", app)
                .then().statusCode(200);
        assertThat(count(me(as(partner)), "REPORTS_TO_VERIFY")).isZero();
        assertThat(count(me(as(coordinator)), "REPORTS_TO_VERIFY")).isZero();

        // ClusterXchange: the host confirms a visit once it has begun, not before
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "20000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        long exchange = createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Pôle Mobilité", "FR", "CLUSTER_ORGANISATION");
        Sme visitor = GrantFixtures.sme("IT");
        LocalDate start = LocalDate.now(io.grantflow.shared.time.Brussels.ZONE).plusDays(2);
        Map<String, Object> body = application(visitor, null, null);
        body.put("exchange", Map.of("visitorName", "Giulia Rossi", "visitorId", "IT-" + ProposalFixtures.nextPic(),
                "host", host, "from", start.toString(), "to", start.plusDays(6).toString(), "distanceKm", 900));
        long visit = asSme(visitor).body(body).post("/api/open-calls/{id}/applications", exchange).then().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("AWARDED")).extract().jsonPath().getLong("id");
        assertThat(count(me(as(hostUser)), "VISITS_TO_CONFIRM")).isZero(); // not begun
        TestClock.advance(java.time.Duration.ofDays(3));
        assertThat(links(me(as(hostUser)), "VISITS_TO_CONFIRM")).containsExactly("/api/applications/" + visit);
        as(hostUser).post("/api/applications/{id}/host-confirmation", visit).then().statusCode(200);
        assertThat(count(me(as(hostUser)), "VISITS_TO_CONFIRM")).isZero();
    }

    @Test
    void anExpertSeesTheAssignmentsToScoreAndTheOfficersTheConsensusToAgree() {
        Map<String, Object> definition = io.grantflow.support.CallFixtures.euroclustersLike(
                io.grantflow.support.CallFixtures.programme("100000000.00"));
        definition.put("evaluation", Map.of("expertsPerProposal", 1));
        var consortium = ProposalFixtures.consortium();
        List<Long> proposals = EvaluationFixtures.closedCallWithEligibleProposals(definition, 6, List.of(consortium),
                List.of("WAITME"));
        String call = (String) definition.get("identifier");
        long proposal = proposals.get(0);
        List<String> experts = EvaluationFixtures.pool(call, 2);
        assertThat(experts.stream().mapToInt(e -> count(me(EvaluationFixtures.expert(e)), "ASSIGNMENTS_TO_SCORE")).sum())
                .isZero();
        EvaluationFixtures.officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200);
        Map.Entry<String, Long> assigned = EvaluationFixtures.assignedTo(experts, proposal).entrySet().iterator().next();
        String expert = assigned.getKey();
        String other = experts.stream().filter(e -> !e.equals(expert)).findFirst().orElseThrow();
        assertThat(links(me(EvaluationFixtures.expert(expert)), "ASSIGNMENTS_TO_SCORE"))
                .containsExactly("/api/evaluator/assignments/" + assigned.getValue());
        assertThat(count(me(EvaluationFixtures.expert(other)), "ASSIGNMENTS_TO_SCORE")).isZero();
        String consensus = "/api/proposals/" + proposal + "/consensus";
        assertThat(links(me(EvaluationFixtures.officer()), "CONSENSUS_TO_AGREE")).doesNotContain(consensus);

        EvaluationFixtures.evaluate(expert, assigned.getValue(), EvaluationFixtures.rqi(4, 4, 4));
        assertThat(count(me(EvaluationFixtures.expert(expert)), "ASSIGNMENTS_TO_SCORE")).isZero();
        EvaluationFixtures.awaitConsensusOpen(proposal);
        assertThat(me(EvaluationFixtures.officer()).getList("waiting.tasks.find { it.task == 'CONSENSUS_TO_AGREE' }?.links",
                String.class)).contains(consensus);
        assertThat(links(me(EvaluationFixtures.expert(expert)), "CONSENSUS_TO_AGREE")).isEmpty(); // officers agree
        EvaluationFixtures.agree(proposal, EvaluationFixtures.rqi(4, 4, 4));
        assertThat(links(me(EvaluationFixtures.officer()), "CONSENSUS_TO_AGREE")).doesNotContain(consensus);
    }

    @Test
    void anOpenCallEvaluatedByAPanelWaitsAsOneRankingToDecideNotAsApplications() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();
        long call = PanelFixtures.panelCall(g, "3000.00", 1);
        long app = PanelFixtures.apply(call, "2000.00");
        String ranking = "/api/open-calls/" + call + "/ranking";
        // POST /api/applications/{id}/decision answers evaluated_by_panel for it: never listed there
        assertThat(links(me(as(coordinator)), "APPLICATIONS_TO_DECIDE")).doesNotContain("/api/applications/" + app);
        assertThat(count(me(as(coordinator)), "RANKINGS_TO_DECIDE")).isZero(); // its evaluation is not in
        as(coordinator).body(Map.of("evaluators", List.of(partner))).put("/api/open-calls/{id}/evaluators", call)
                .then().statusCode(200);
        as(coordinator).post("/api/open-calls/{id}/assignments", call).then().statusCode(200);
        PanelFixtures.evaluate(partner, PanelFixtures.assignmentOf(partner, app), 4, 4);
        assertThat(links(me(as(coordinator)), "RANKINGS_TO_DECIDE")).containsExactly(ranking);
        assertThat(links(me(as(partner)), "RANKINGS_TO_DECIDE")).containsExactly(ranking);
        assertThat(links(me(as(coordinator)), "APPLICATIONS_TO_DECIDE")).doesNotContain("/api/applications/" + app);
        as(coordinator).post(ranking + "/decision").then().statusCode(200);
        assertThat(count(me(as(coordinator)), "RANKINGS_TO_DECIDE")).isZero();
    }
}
