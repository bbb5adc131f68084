package io.grantflow.notifications;

import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.assignedTo;
import static io.grantflow.support.EvaluationFixtures.awaitConsensusOpen;
import static io.grantflow.support.EvaluationFixtures.closedCallWithEligibleProposals;
import static io.grantflow.support.EvaluationFixtures.evaluate;
import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.pool;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events of issue 18, each driven through the API on the real stack: the person who must act or know
 * finds the event among their notifications with the reference of what it concerns, and someone who must not
 * get it (the initiator of a payment, the SME, an expert, a partner) does not.
 */
@QuarkusTest
class EventNotificationsTest {

    /** The references of the user's notifications of a kind (newest first). */
    private static List<String> references(String user, String kind) {
        JsonPath page = given().auth().oauth2(Tokens.token(user, "applicant")).get("/api/notifications?size=100")
                .then().statusCode(200).extract().jsonPath();
        return page.getList("items.findAll { it.kind == '" + kind + "' }.reference", String.class);
    }

    private static List<String> awaitReference(String user, String kind, String reference) {
        return Await.until(() -> references(user, kind), r -> r.contains(reference), Duration.ofSeconds(60),
                kind + " " + reference + " for " + user);
    }

    @Test
    void aTrancheOrderAwaitsASecondMembersApprovalAndItsPaymentIsToldToTheSme() {
        SignedGrant g = GrantFixtures.signedGrant();
        long openCall = GrantFixtures.halfOnAwardCall(g, "10000.00");
        Sme sme = GrantFixtures.sme("BE");
        JsonPath applied = asSme(sme).body(application(sme, null, null))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(201).extract().jsonPath();
        long id = applied.getLong("id");
        long order = applied.getLong("firstTranche.paymentOrder");
        String coordinator = g.consortium().coordinatorUser(); // opened the call: the tranche's initiator
        String partner = g.consortium().partnerUser();

        // the partner's member may approve it; the initiator and the SME may not, and are not asked
        assertThat(references(partner, "PAYMENT_AWAITING_APPROVAL")).contains("payment-order:" + order);
        assertThat(references(coordinator, "PAYMENT_AWAITING_APPROVAL")).doesNotContain("payment-order:" + order);
        assertThat(references(sme.user(), "PAYMENT_AWAITING_APPROVAL")).isEmpty();
        assertThat(references(sme.user(), "TRANCHE_PAID")).isEmpty(); // ordered, not paid yet

        as(partner).post("/api/payments/{id}/approve", order).then().statusCode(200);
        awaitReference(sme.user(), "TRANCHE_PAID", "application:" + id);
        JsonPath mine = given().auth().oauth2(Tokens.token(sme.user(), "sme")).get("/api/notifications").jsonPath();
        assertThat(mine.getString("items.find { it.kind == 'TRANCHE_PAID' }.subject")).startsWith("First tranche of");
        assertThat(references(partner, "TRANCHE_PAID")).isEmpty();
        assertThat(references(coordinator, "TRANCHE_PAID")).isEmpty();
    }

    @Test
    void anAwardedExchangeAsksTheHostClusterToConfirmTheVisit() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> cx = GrantFixtures.openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        long call = GrantFixtures.createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Pôle Mobilité", "FR", "CLUSTER_ORGANISATION");
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Sme sme = GrantFixtures.sme("IT");
        Map<String, Object> body = application(sme, null, null);
        body.put("purpose", "Exchange visit to a mobility cluster");
        body.put("exchange", Map.of("visitorName", "Giulia Rossi", "visitorId", "IT-" + ProposalFixtures.nextPic(),
                "host", host, "from", monday.toString(), "to", monday.plusDays(4).toString(), "distanceKm", 900));
        long id = asSme(sme).body(body).post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        assertThat(references(hostUser, "HOST_CONFIRMATION_NEEDED")).containsExactly("visit:" + id);
        assertThat(references(sme.user(), "HOST_CONFIRMATION_NEEDED")).isEmpty();
        assertThat(references(g.consortium().coordinatorUser(), "HOST_CONFIRMATION_NEEDED")).isEmpty();
    }

    @Test
    void theAssignedExpertIsToldAndTheCallsOfficerHearsWhenTheConsensusCanBeDrafted() {
        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        long p = closedCallWithEligibleProposals(def, 6, List.of(c), List.of("NOTIFY")).get(0);
        String call = (String) def.get("identifier");
        List<String> experts = pool(call, 2);
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200);
        Map.Entry<String, Long> assigned = assignedTo(experts, p).entrySet().iterator().next();
        String other = experts.stream().filter(e -> !e.equals(assigned.getKey())).findFirst().orElseThrow();

        assertThat(references(assigned.getKey(), "EVALUATION_ASSIGNED")).containsExactly("assignment:" + assigned.getValue());
        assertThat(references(other, "EVALUATION_ASSIGNED")).isEmpty();
        assertThat(references(c.coordinatorUser(), "EVALUATION_ASSIGNED")).isEmpty();
        assertThat(references("officer.test", "CONSENSUS_READY")).doesNotContain("consensus:" + p);

        evaluate(assigned.getKey(), assigned.getValue(), rqi(4, 4, 4));
        awaitConsensusOpen(p);
        awaitReference("officer.test", "CONSENSUS_READY", "consensus:" + p); // created the call
        assertThat(references(assigned.getKey(), "CONSENSUS_READY")).isEmpty();
        assertThat(references(c.coordinatorUser(), "CONSENSUS_READY")).isEmpty();
    }

    @Test
    void aResubmissionIsToldToTheCoordinatorsMembers() {
        String call = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        CallFixtures.publish(call);
        Consortium c = ProposalFixtures.consortium();
        long id = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200);
        assertThat(references(c.coordinatorUser(), "PROPOSAL_RESUBMITTED")).isEmpty(); // a first submission

        Map<String, Object> changed = ProposalFixtures.content(c, "750000.00", "277777.78");
        changed.put("title", "Hydrogen value chains for SMEs, revised");
        as(c.partnerUser()).body(changed).put("/api/proposals/{id}", id).then().statusCode(200);
        as(c.coordinatorUser()).post("/api/proposals/{id}/submit", id).then().statusCode(200);

        assertThat(references(c.coordinatorUser(), "PROPOSAL_RESUBMITTED")).containsExactly("proposal:" + id);
        assertThat(references(c.partnerUser(), "PROPOSAL_RESUBMITTED")).isEmpty(); // a partner's member only
    }
}
