package io.grantflow.money;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.Concurrently;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class BudgetApiTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void theLedgerReconcilesAndASummaryChangedOutsideATransferShows() {
        String call = MoneyFixtures.publishedCall("5000.00");
        long commitment = MoneyFixtures.commitment(call, "1200.00");
        MoneyFixtures.createOrder("officer-alice", MoneyFixtures.order(commitment, "200.00"), UUID.randomUUID().toString())
                .then().statusCode(201);
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/reconciliation").then().statusCode(200)
                .body("balanced", equalTo(true)).body("differences", equalTo(List.of()));
        given().auth().oauth2(Tokens.applicant()).get("/api/budgets/reconciliation").then().statusCode(403);

        tamper(commitment, "+ 1");
        try {
            given().auth().oauth2(Tokens.officer()).get("/api/budgets/reconciliation").then().statusCode(200)
                    .body("balanced", equalTo(false)).body("differenceCount", equalTo(1))
                    .body("differences.account", equalTo(List.of((int) commitment)))
                    .body("differences[0].field", equalTo("allocated"))
                    .body("differences[0].stored", equalTo("1201.00"))
                    .body("differences[0].fromTransfers", equalTo("1200.00"));
        } finally {
            tamper(commitment, "- 1");
        }
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/reconciliation").then().body("balanced", equalTo(true));
    }

    private void tamper(long account, String change) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update grantflow.ledger_account set allocated = allocated " + change + " where id = " + account)
                .executeUpdate());
    }

    @Test
    void publishingAllocatesTheCallAndItsCutOffsFromTheProgramme() {
        String programme = CallFixtures.programme("10000000.00");
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/programmes/{code}", programme).then().statusCode(200)
                .body("allocated", equalTo("10000000.00")).body("committed", equalTo("0.00"))
                .body("available", equalTo("10000000.00"));

        Map<String, Object> def = CallFixtures.euroclustersLike(programme);
        Instant now = Instant.now();
        def.put("submissionModel", "MULTIPLE_CUTOFFS");
        def.put("budget", "3000000.00");
        def.put("maxGrant", null);
        def.put("minGrant", null);
        def.put("deadlines", List.of(Map.of("at", now.plus(10, ChronoUnit.DAYS).toString(), "budget", "2000000.00"),
                Map.of("at", now.plus(20, ChronoUnit.DAYS).toString(), "budget", "1000000.00")));
        String call = CallFixtures.create(def);
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then().statusCode(404); // draft
        CallFixtures.publish(call);
        CallFixtures.publish(call); // idempotent: allocated once

        given().auth().oauth2(Tokens.officer()).get("/api/budgets/programmes/{code}", programme).then()
                .body("committed", equalTo("3000000.00")).body("available", equalTo("7000000.00"))
                .body("children.reference", equalTo(List.of(call)));
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then().statusCode(200)
                .body("allocated", equalTo("3000000.00")).body("committed", equalTo("3000000.00"))
                .body("children.kind", equalTo(List.of("CUTOFF", "CUTOFF")))
                .body("children.allocated", equalTo(List.of("2000000.00", "1000000.00")));
        given().auth().oauth2(Tokens.applicant()).get("/api/budgets/calls/{id}", call).then().statusCode(403);
    }

    @SendsInvalidRequests("a commitment without its Idempotency-Key")
    @Test
    void commitmentsAreIdempotentAndCannotExceedTheBudget() {
        String call = MoneyFixtures.publishedCall("100000.00");
        long payee = MoneyFixtures.payeeOrganisation();
        String key = UUID.randomUUID().toString();
        long first = MoneyFixtures.commit(call, payee, "60000.00", key).then().statusCode(201)
                .header("Idempotency-Replayed", "false").extract().jsonPath().getLong("account");
        long replay = MoneyFixtures.commit(call, payee, "60000.00", key).then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/budgets/accounts/" + first))
                .extract().jsonPath().getLong("account");
        assertThat(replay).isEqualTo(first);
        MoneyFixtures.commit(call, payee, "61000.00", key).then().statusCode(422)
                .body("code", equalTo("idempotency_key_mismatch"));
        MoneyFixtures.commit(call, payee, "40000.01", UUID.randomUUID().toString()).then().statusCode(422)
                .body("code", equalTo("insufficient_funds"));
        MoneyFixtures.commit(call, payee, "40000.00", UUID.randomUUID().toString()).then().statusCode(201);
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then()
                .body("committed", equalTo("100000.00")).body("available", equalTo("0.00"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("payee", payee, "amount", "1.00", "purpose", "x"))
                .post("/api/budgets/calls/{id}/commitments", call).then().statusCode(400)
                .body("code", equalTo("idempotency_key_required"));
    }

    @Test
    void fiftyConcurrentCommitmentsRespectTheBudgetExactly() throws Exception {
        String call = MoneyFixtures.publishedCall("1000000.00");
        long payee = MoneyFixtures.payeeOrganisation();
        List<Integer> statuses = Concurrently.times(50, () ->
                MoneyFixtures.commit(call, payee, "25000.00", UUID.randomUUID().toString()).statusCode());
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(40);
        assertThat(statuses.stream().filter(s -> s == 422).count()).isEqualTo(10);
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then()
                .body("committed", equalTo("1000000.00")).body("available", equalTo("0.00"))
                .body("children.size()", equalTo(40));
    }

    @Test
    void theSameCommitmentSentTwentyTimesAtOnceCommitsOnce() throws Exception {
        String call = MoneyFixtures.publishedCall("1000000.00");
        long payee = MoneyFixtures.payeeOrganisation();
        String key = UUID.randomUUID().toString();
        List<Long> accounts = Concurrently.times(20, () ->
                MoneyFixtures.commit(call, payee, "1000.00", key).then().statusCode(201)
                        .extract().jsonPath().getLong("account"));
        assertThat(accounts).containsOnly(accounts.get(0));
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then()
                .body("committed", equalTo("1000.00")).body("children.size()", equalTo(1));
    }

    @Test
    void unknownBudgetsAre404() {
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/programmes/NOPE").then().statusCode(404);
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/accounts/abc").then().statusCode(404);
        given().get("/api/budgets/programmes/NOPE").then().statusCode(401);
        MoneyFixtures.commit("NOPE-NOPE", 1, "1.00", UUID.randomUUID().toString()).then().statusCode(404);
        String call = MoneyFixtures.publishedCall("1000.00");
        MoneyFixtures.commit(call, 999999999L, "-1.00", UUID.randomUUID().toString()).then().statusCode(422)
                .body("violations.code", hasItem("unknown_organisation"))
                .body("violations.code", hasItem("must_be_positive"));
    }

    /** Issue 13, point 12: a budget's children are paginated (page, size) with totals, not capped at 100. */
    @SendsInvalidRequests("a page size above the maximum")
    @Test
    void aBudgetsChildrenArePaginatedWithTotals() {
        String call = MoneyFixtures.publishedCall("100000.00");
        long payee = MoneyFixtures.payeeOrganisation();
        List<Long> commitments = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            commitments.add(MoneyFixtures.commit(call, payee, "100.00", UUID.randomUUID().toString()).then()
                    .statusCode(201).extract().jsonPath().getLong("account"));
        }
        List<Long> seen = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            var view = given().auth().oauth2(Tokens.officer()).queryParam("page", page).queryParam("size", 2)
                    .get("/api/budgets/calls/{id}", call).then().statusCode(200)
                    .body("committed", equalTo("500.00"))
                    .body("childrenPage.page", equalTo(page)).body("childrenPage.size", equalTo(2))
                    .body("childrenPage.totalItems", equalTo(5)).body("childrenPage.totalPages", equalTo(3))
                    .extract().jsonPath();
            List<Number> ids = view.getList("children.account");
            assertThat(ids).hasSize(page < 3 ? 2 : 1);
            ids.forEach(n -> seen.add(n.longValue()));
        }
        assertThat(seen).containsExactlyElementsOf(commitments);
        // without parameters: the first page of up to 100, as before
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then().statusCode(200)
                .body("children.size()", equalTo(5)).body("childrenPage.size", equalTo(100));
        given().auth().oauth2(Tokens.officer()).queryParam("size", 101).get("/api/budgets/calls/{id}", call).then()
                .statusCode(400).body("violations.field", hasItem("size"));
    }
}
