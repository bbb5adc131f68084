package io.grantflow.money;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.payments.application.PaymentExecution;
import io.grantflow.support.Await;
import io.grantflow.support.Concurrently;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.Tokens;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Payment orders through the API and every path of payment-approval.bpmn. */
@QuarkusTest
class PaymentApiTest {

    private static final String ALICE = "officer-alice";
    private static final String BOB = "officer-bob";

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtimeService;

    @Inject
    PaymentExecution payments;

    @Inject
    EntityManager em;

    private static io.restassured.specification.RequestSpecification as(String officer) {
        return given().auth().oauth2(Tokens.token(officer, "officer")).contentType(ContentType.JSON);
    }

    @Test
    void approvedBySecondOfficerThenPaidOnceAndBudgetsFollow() {
        init(engine);
        String call = MoneyFixtures.publishedCall("100000.00");
        long commitment = MoneyFixtures.commitment(call, "100000.00");
        long id = MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "40000.00"), UUID.randomUUID().toString())
                .then().statusCode(201).body("status", equalTo("PENDING_APPROVAL"))
                .body("iban", equalTo("BE71096123456769"))
                .body("processStep", equalTo("Approval by a second person"))
                .extract().jsonPath().getLong("id");
        ProcessInstance process = instance(id);
        assertThat(process).isWaitingAt("approve-payment");

        as(ALICE).post("/api/payments/{id}/approve", id).then().statusCode(403).body("code", equalTo("four_eyes"));
        as(BOB).post("/api/payments/{id}/approve", id).then().statusCode(200).body("decidedBy", equalTo(BOB));
        JsonPath paid = awaitStatus(id, "PAID");
        assertThat(paid.getLong("transfer")).isPositive();
        assertThat(process).isEnded();
        assertThat(process).hasPassedInOrder("approve-payment", "execute-payment", "paid");

        // a retried job pays nothing more
        assertThat(QuarkusTransaction.requiringNew().call(() -> payments.execute(id))).isTrue();
        long transfers = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from grantflow.ledger_transfer where reference = 'payment-order:" + id + "'")
                .getSingleResult()).longValue());
        assertThat(transfers).isEqualTo(1);

        given().auth().oauth2(Tokens.officer()).get("/api/budgets/accounts/{id}", commitment).then()
                .body("paid", equalTo("40000.00")).body("stillToPay", equalTo("60000.00"));
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then()
                .body("paid", equalTo("40000.00")).body("committed", equalTo("100000.00"));
        as(BOB).post("/api/payments/{id}/approve", id).then().statusCode(200); // the same approval again
        as(ALICE).get("/api/payments?account=" + commitment + "&status=PAID").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void rejectedOrdersMoveNothing() {
        init(engine);
        long commitment = MoneyFixtures.commitment(MoneyFixtures.publishedCall("1000.00"), "1000.00");
        long id = MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "1000.00"), UUID.randomUUID().toString())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        ProcessInstance process = instance(id);
        // while pending, nothing more can be ordered
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "0.01"), UUID.randomUUID().toString())
                .then().statusCode(422).body("violations.code", hasItem("insufficient_funds"));
        as(ALICE).body(Map.of("reason", "mine")).post("/api/payments/{id}/reject", id).then().statusCode(403);
        as(BOB).body(Map.of("reason", "wrong IBAN")).post("/api/payments/{id}/reject", id).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionReason", equalTo("wrong IBAN"));
        as(BOB).body(Map.of("reason", "again")).post("/api/payments/{id}/reject", id).then().statusCode(200);
        as(BOB).post("/api/payments/{id}/approve", id).then().statusCode(409).body("code", equalTo("payment_not_pending"));
        assertThat(process).isEnded();
        assertThat(process).hasPassed("rejected");
        assertThat(process).hasNotPassed("execute-payment");
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/accounts/{id}", commitment).then()
                .body("paid", equalTo("0.00"));
        // the released amount can be ordered again
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "1000.00"), UUID.randomUUID().toString())
                .then().statusCode(201);
    }

    @Test
    void anOrderTheBudgetNoLongerCoversFailsWithoutPaying() {
        init(engine);
        String call = MoneyFixtures.publishedCall("1000.00");
        long commitment = MoneyFixtures.commitment(call, "1000.00");
        long id = MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "800.00"), UUID.randomUUID().toString())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // a de-commitment after the order was created (e.g. a grant amendment) leaves less to pay
        QuarkusTransaction.requiringNew().run(() -> {
            var ledger = io.quarkus.arc.Arc.container().instance(io.grantflow.ledger.application.Ledger.class).get();
            var budget = io.grantflow.ledger.domain.LedgerAccount.find(io.grantflow.ledger.domain.AccountKind.CALL, call)
                    .orElseThrow();
            ledger.transfer(io.grantflow.ledger.domain.TransferKind.DECOMMITMENT, commitment, budget.id,
                    io.grantflow.shared.money.Money.eur("500.00"), "amendment:" + commitment, "test");
        });
        ProcessInstance process = instance(id);
        as(BOB).post("/api/payments/{id}/approve", id).then().statusCode(200);
        JsonPath failed = awaitStatus(id, "FAILED");
        assertThat(failed.getString("decisionReason")).contains("insufficient funds");
        assertThat(process).hasPassed("failed");
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/accounts/{id}", commitment).then()
                .body("allocated", equalTo("500.00")).body("paid", equalTo("0.00"));
    }

    @Test
    void manySmallOrdersApprovedAsOneBatchByTheSecondPerson() {
        long commitment = MoneyFixtures.commitment(MoneyFixtures.publishedCall("12100.00"), "12100.00");
        List<Long> alices = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            alices.add(MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "1100.00"), UUID.randomUUID().toString())
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        long bobs = MoneyFixtures.createOrder(BOB, MoneyFixtures.order(commitment, "1100.00"), UUID.randomUUID().toString())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // a batch with one order of the approver's own is refused whole: nothing is approved
        List<Object> mixed = new java.util.ArrayList<>(alices);
        mixed.add(bobs);
        as(BOB).body(Map.of("orders", mixed)).post("/api/payments/approve-batch").then().statusCode(403)
                .body("code", equalTo("four_eyes")).body("violations.size()", equalTo(1));
        as(ALICE).get("/api/payments?account=" + commitment + "&status=PENDING_APPROVAL").then()
                .body("totalItems", equalTo(11));

        as(BOB).body(Map.of("orders", alices)).post("/api/payments/approve-batch").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("APPROVED")))
                .body("batchId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("batch-")));
        as(ALICE).post("/api/payments/{id}/approve", bobs).then().statusCode(200);
        for (Long id : alices) {
            awaitStatus(id, "PAID");
        }
        awaitStatus(bobs, "PAID");
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/accounts/{id}", commitment).then()
                .body("paid", equalTo("12100.00")).body("stillToPay", equalTo("0.00"));
        as(BOB).body(Map.of("orders", alices)).post("/api/payments/approve-batch").then().statusCode(422)
                .body("code", equalTo("invalid_batch"));
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "0.01"), UUID.randomUUID().toString())
                .then().statusCode(422).body("violations.code", hasItem("insufficient_funds"));
    }

    @Test
    void theSamePaymentCommandTwentyTimesAtOnceMakesOneOrderAndOneTransfer() throws Exception {
        long commitment = MoneyFixtures.commitment(MoneyFixtures.publishedCall("5000.00"), "5000.00");
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = MoneyFixtures.order(commitment, "5000.00");
        List<Long> ids = Concurrently.times(20, () -> MoneyFixtures.createOrder(ALICE, order, key)
                .then().statusCode(201).extract().jsonPath().getLong("id"));
        assertThat(ids).containsOnly(ids.get(0));
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "4999.99"), key).then().statusCode(422)
                .body("code", equalTo("idempotency_key_mismatch"));
        List<Integer> approvals = Concurrently.times(5, () ->
                as(BOB).post("/api/payments/{id}/approve", ids.get(0)).statusCode());
        assertThat(approvals).containsOnly(200);
        awaitStatus(ids.get(0), "PAID");
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/accounts/{id}", commitment).then()
                .body("paid", equalTo("5000.00"));
    }

    @SendsInvalidRequests("a malformed Idempotency-Key")
    @Test
    void invalidOrdersListEveryProblem() {
        long commitment = MoneyFixtures.commitment(MoneyFixtures.publishedCall("5000.00"), "5000.00");
        MoneyFixtures.createOrder(ALICE, Map.of("account", commitment, "payeeName", "X", "iban", "BE71 0961 2345 6768",
                "amount", "-5.00", "purpose", "p", "reference", "r"), UUID.randomUUID().toString())
                .then().statusCode(422).body("violations.code", hasItem("invalid_iban"))
                .body("violations.code", hasItem("must_be_positive"));
        long budgetAccount = given().auth().oauth2(Tokens.officer()).get("/api/budgets/accounts/{id}", commitment)
                .jsonPath().getLong("children.size()") >= 0 ? parentOf(commitment) : -1;
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(budgetAccount, "1.00"), UUID.randomUUID().toString())
                .then().statusCode(422).body("violations.code", hasItem("not_a_commitment"));
        given().auth().oauth2(Tokens.applicant()).contentType(ContentType.JSON).header("Idempotency-Key", "k")
                .body(MoneyFixtures.order(commitment, "1.00")).post("/api/payments").then().statusCode(403);
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "1.00"), "has space").then().statusCode(400)
                .body("code", equalTo("invalid_idempotency_key"));
        as(ALICE).get("/api/payments?status=LOST").then().statusCode(400);
    }

    private long parentOf(long account) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select parent_id from grantflow.ledger_account where id = " + account).getSingleResult()).longValue());
    }

    private ProcessInstance instance(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PAYMENT_APPROVAL)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private static JsonPath awaitStatus(long id, String status) {
        return Await.until(() -> as(ALICE).get("/api/payments/{id}", id).then().statusCode(200).extract().jsonPath(),
                body -> status.equals(body.getString("status")), Duration.ofSeconds(30),
                "order " + id + " becoming " + status);
    }
}
