package io.grantflow.cascade;

import io.grantflow.support.Await;
import io.grantflow.support.Concurrently;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13, point 7: a withdrawal releases the whole unpaid remainder of the award to the open call
 * and cancels the tranche orders still pending, also when an approval of that tranche races it.
 */
@QuarkusTest
class WithdrawalReleaseTest {

    @Inject
    HistoryService historyService;

    private static SignedGrant grant;

    /** One signed grant for the class (signing one takes a call, an evaluation and an award). */
    private static synchronized SignedGrant grant() {
        if (grant == null) {
            grant = GrantFixtures.signedGrant();
        }
        return grant;
    }

    private static JsonPath apply(Sme sme, long call) {
        return asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("status", equalTo("AWARDED")).body("firstTranche.amount", equalTo("500.00"))
                .extract().jsonPath();
    }

    private HistoricProcessInstance paymentProcess(long order) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.PAYMENT_APPROVAL)
                .processInstanceBusinessKey(String.valueOf(order)).singleResult();
    }

    private boolean passed(HistoricProcessInstance p, String activity) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).activityId(activity)
                .finished().count() > 0;
    }

    @Test
    void aWithdrawalWithAPendingFirstTrancheReleasesTheWholeAwardAndCancelsTheOrder() {
        SignedGrant g = grant();
        long call = GrantFixtures.halfOnAwardCall(g, "1000.00");
        Sme sme = GrantFixtures.sme("IT");
        JsonPath app = apply(sme, call);
        long id = app.getLong("id");
        long award = app.getLong("awardAccount");
        long first = app.getLong("firstTranche.paymentOrder");
        String coordinator = g.consortium().coordinatorUser();
        as(coordinator).get("/api/open-calls/{id}", call).then().body("available", equalTo("0.00"));

        asSme(sme).post("/api/applications/{id}/withdraw", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("firstTranche.status", equalTo("CANCELLED"));

        as(coordinator).get("/api/open-calls/{id}", call).then().body("available", equalTo("1000.00"))
                .body("committed", equalTo("0.00"));
        officer().get("/api/budgets/accounts/{id}", award).then().body("committed", equalTo("0.00"))
                .body("paid", equalTo("0.00"));
        as(coordinator).get("/api/payments/{id}", first).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("processStep", equalTo(null));
        HistoricProcessInstance process = paymentProcess(first);
        assertThat(process.getEndTime()).isNotNull();
        assertThat(passed(process, "cancelled")).isTrue();
        assertThat(passed(process, "execute-payment")).isFalse();
        // nobody can approve it any more; the withdrawal again changes nothing
        as(g.consortium().partnerUser()).post("/api/payments/{id}/approve", first).then().statusCode(409)
                .body("code", equalTo("payment_not_pending"));
        asSme(sme).post("/api/applications/{id}/withdraw", id).then().statusCode(200);
        as(coordinator).get("/api/open-calls/{id}", call).then().body("available", equalTo("1000.00"));
        officer().get("/api/budgets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }

    @Test
    void aWithdrawalAfterThePaidFirstTrancheReleasesTheRest() {
        SignedGrant g = grant();
        long call = GrantFixtures.halfOnAwardCall(g, "1000.00");
        Sme sme = GrantFixtures.sme("IT");
        JsonPath app = apply(sme, call);
        long first = app.getLong("firstTranche.paymentOrder");
        String partner = g.consortium().partnerUser();
        as(partner).post("/api/payments/{id}/approve", first).then().statusCode(200);
        Await.until(() -> as(partner).get("/api/payments/{id}", first).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(30), "first tranche paid");
        asSme(sme).post("/api/applications/{id}/withdraw", app.getLong("id")).then().statusCode(200);
        as(partner).get("/api/open-calls/{id}", call).then().body("available", equalTo("500.00"))
                .body("committed", equalTo("500.00"));
        officer().get("/api/budgets/accounts/{id}", app.getLong("awardAccount")).then()
                .body("committed", equalTo("500.00")).body("paid", equalTo("500.00"));
    }

    @Test
    void aWithdrawalRacingTheApprovalOfTheFirstTrancheEitherPaysItOrCancelsIt() throws Exception {
        SignedGrant g = grant();
        int rounds = 6;
        long call = GrantFixtures.halfOnAwardCall(g, "6000.00");
        String partner = g.consortium().partnerUser();
        List<Sme> smes = new ArrayList<>();
        List<JsonPath> apps = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Sme sme = GrantFixtures.sme("IT");
            smes.add(sme);
            apps.add(apply(sme, call));
        }
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Sme sme = smes.get(i);
            long id = apps.get(i).getLong("id");
            long first = apps.get(i).getLong("firstTranche.paymentOrder");
            requests.add(() -> asSme(sme).post("/api/applications/{id}/withdraw", id).statusCode());
            requests.add(() -> as(partner).post("/api/payments/{id}/approve", first).statusCode());
        }
        List<Integer> statuses = Concurrently.run(requests);
        for (int i = 0; i < rounds; i++) {
            assertThat(statuses.get(2 * i)).as("withdrawal " + i).isEqualTo(200);
            assertThat(statuses.get(2 * i + 1)).as("approval " + i).isIn(200, 409);
        }

        long paidOrders = 0;
        for (int i = 0; i < rounds; i++) {
            long first = apps.get(i).getLong("firstTranche.paymentOrder");
            String status = Await.until(() -> as(partner).get("/api/payments/{id}", first).jsonPath().getString("status"),
                    s -> s.equals("PAID") || s.equals("CANCELLED"), Duration.ofSeconds(30), "order " + first + " settled");
            // an order cancelled after its approval ends when its execution job finds it cancelled
            HistoricProcessInstance process = Await.until(() -> paymentProcess(first), p -> p.getEndTime() != null,
                    Duration.ofSeconds(30), "process of order " + first + " ended");
            assertThat(passed(process, status.equals("PAID") ? "paid" : "cancelled")).isTrue();
            JsonPath award = officer().get("/api/budgets/accounts/{id}", apps.get(i).getLong("awardAccount")).then()
                    .statusCode(200).extract().jsonPath();
            if (status.equals("PAID")) {
                paidOrders++;
                assertThat(award.getString("committed")).isEqualTo("500.00");
                assertThat(award.getString("paid")).isEqualTo("500.00");
            } else {
                assertThat(award.getString("committed")).isEqualTo("0.00");
                assertThat(award.getString("paid")).isEqualTo("0.00");
            }
        }
        String paid = String.format("%d.00", paidOrders * 500);
        as(partner).get("/api/open-calls/{id}", call).then().body("committed", equalTo(paid))
                .body("available", equalTo(String.format("%d.00", 6000 - paidOrders * 500)));
        officer().get("/api/budgets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }
}
