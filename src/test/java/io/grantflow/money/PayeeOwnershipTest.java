package io.grantflow.money;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * Issue 13, points 1 (payment side) and 2: nobody who belongs to the organisation an order pays
 * decides it, and accounts that belong to someone are paid only to their registered IBAN; award
 * accounts only by the lump-sum process.
 */
@QuarkusTest
class PayeeOwnershipTest {

    private static final String ALICE = "officer-alice";
    private static final String SIGNATURE_IBAN = "BE71096123456769";

    private static RequestSpecification dual(String user, String... roles) {
        return given().auth().oauth2(Tokens.token(user, roles)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static SignedGrant grant;

    /** One signed grant for the class (signing one takes a call, an evaluation and an award). */
    private static synchronized SignedGrant grant() {
        if (grant == null) {
            grant = GrantFixtures.signedGrant();
        }
        return grant;
    }

    @Test
    void aMemberOfTheApplyingSmeNeverDecidesItsTranche() {
        SignedGrant g = grant();
        String partner = g.consortium().partnerUser(); // a member of two beneficiaries of the consortium
        long call = GrantFixtures.halfOnAwardCall(g, "5000.00");
        // the same person registers an SME (and so is its member) and applies for it, with both roles
        long ownSme = ProposalFixtures.organisation(partner, "Own SME", "IT", "SME");
        JsonPath app = dual(partner, "applicant", "sme").body(application(new Sme(partner, ownSme), null, null))
                .post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("AWARDED")).body("firstTranche.amount", equalTo("500.00"))
                .extract().jsonPath();
        long first = app.getLong("firstTranche.paymentOrder");

        dual(partner, "applicant", "sme").post("/api/payments/{id}/approve", first).then().statusCode(403)
                .body("code", equalTo("own_application"));
        dual(partner, "applicant", "sme").body(Map.of("orders", List.of(first))).post("/api/payments/approve-batch")
                .then().statusCode(403).body("code", equalTo("own_application"));
        dual(partner, "applicant", "sme").body(Map.of("reason", "mine")).post("/api/payments/{id}/reject", first)
                .then().statusCode(403).body("code", equalTo("own_application"));
        officer().get("/api/payments/{id}", first).then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
    }

    @Test
    void anOfficerWhoIsAMemberOfTheConsortiumNeverApprovesItsGrantPayment() {
        SignedGrant g = grant();
        long preFinancing = officer().get("/api/grants/{id}", g.id()).then().statusCode(200).extract().jsonPath()
                .getLong("preFinancing.paymentOrder");
        // the partner's user also holds the officer role
        dual(g.consortium().partnerUser(), "officer", "applicant").post("/api/payments/{id}/approve", preFinancing)
                .then().statusCode(403).body("code", equalTo("own_application"));
        dual(g.consortium().partnerUser(), "officer").body(Map.of("reason", "x"))
                .post("/api/payments/{id}/reject", preFinancing).then().statusCode(403)
                .body("code", equalTo("own_application"));
        // an officer of no beneficiary approves it
        given().auth().oauth2(Tokens.token(ALICE, "officer")).post("/api/payments/{id}/approve", preFinancing).then()
                .statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void noOrderOnAnAwardAccountThroughTheApiAndTheSmeKeepsItsBalance() {
        SignedGrant g = grant();
        long call = GrantFixtures.halfOnAwardCall(g, "5000.00");
        Sme sme = GrantFixtures.sme("IT");
        JsonPath app = asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("status", equalTo("AWARDED")).extract().jsonPath();
        long id = app.getLong("id");
        long award = app.getLong("awardAccount");

        // an officer's order on the SME's award account, to a foreign IBAN: refused, whatever the IBAN
        Map<String, Object> foreign = new HashMap<>(MoneyFixtures.order(award, "500.00"));
        foreign.put("iban", "DE89 3704 0044 0532 0130 00");
        MoneyFixtures.createOrder(ALICE, foreign, UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("account_paid_by_process"));
        Map<String, Object> own = new HashMap<>(MoneyFixtures.order(award, "500.00"));
        own.put("iban", "IT60 X054 2811 1010 0000 0123 456");
        MoneyFixtures.createOrder(ALICE, own, UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("account_paid_by_process"));

        // the SME's own tranches: the first is approved and paid, the balance is ordered in full
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();
        long first = app.getLong("firstTranche.paymentOrder");
        as(partner).post("/api/payments/{id}/approve", first).then().statusCode(200);
        awaitStatus(partner, first, "PAID");
        asSme(sme).body(Map.of("report", "done", "proof", "https://files.example/p.pdf"))
                .post("/api/applications/{id}/report", id).then().statusCode(200);
        long balance = as(partner).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", id).then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("balance.amount", equalTo("500.00"))
                .extract().jsonPath().getLong("balance.paymentOrder");
        as(coordinator).post("/api/payments/{id}/approve", balance).then().statusCode(200);
        JsonPath paid = awaitStatus(coordinator, balance, "PAID");
        org.assertj.core.api.Assertions.assertThat(paid.getString("iban")).isEqualTo("IT60X0542811101000000123456");
        officer().get("/api/budgets/accounts/{id}", award).then().body("paid", equalTo("1000.00"))
                .body("stillToPay", equalTo("0.00"));
    }

    @Test
    void aGrantIsPaidOnlyToTheIbanGivenAtSignature() {
        SignedGrant g = grant();
        var grant = officer().get("/api/grants/{id}", g.id()).jsonPath();
        long account = grant.getLong("account");
        // its scheduled orders pay the registered IBAN; no other order is made on a grant's account
        officer().get("/api/payments/{id}", grant.getLong("preFinancing.paymentOrder")).then().statusCode(200)
                .body("iban", equalTo(SIGNATURE_IBAN));
        Map<String, Object> foreign = new HashMap<>(MoneyFixtures.order(account, "100.00"));
        foreign.put("iban", "DE89 3704 0044 0532 0130 00");
        MoneyFixtures.createOrder(ALICE, foreign, UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("payment_not_scheduled"));
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(account, "100.00"), UUID.randomUUID().toString()).then()
                .statusCode(409).body("code", equalTo("payment_not_scheduled"));
    }

    @Test
    void aCommitmentIsPaidOnlyToTheIbanOfItsFirstOrder() {
        long commitment = MoneyFixtures.commitment(MoneyFixtures.publishedCall("5000.00"), "5000.00");
        MoneyFixtures.createOrder(ALICE, MoneyFixtures.order(commitment, "100.00"), UUID.randomUUID().toString()).then()
                .statusCode(201);
        Map<String, Object> foreign = new HashMap<>(MoneyFixtures.order(commitment, "100.00"));
        foreign.put("iban", "DE89 3704 0044 0532 0130 00");
        MoneyFixtures.createOrder(ALICE, foreign, UUID.randomUUID().toString()).then().statusCode(422)
                .body("violations.code", hasItem("payee_iban_mismatch"));
        // a mistyped IBAN on such an account: both problems at once
        Map<String, Object> mistyped = new HashMap<>(MoneyFixtures.order(commitment, "100.00"));
        mistyped.put("iban", "DE00 3704 0044 0532 0130 00");
        MoneyFixtures.createOrder(ALICE, mistyped, UUID.randomUUID().toString()).then().statusCode(422)
                .body("violations.code", hasItems("invalid_iban", "payee_iban_mismatch"));
    }

    private static JsonPath awaitStatus(String user, long order, String status) {
        return Await.until(() -> as(user).get("/api/payments/{id}", order).then().statusCode(200).extract().jsonPath(),
                body -> status.equals(body.getString("status")), Duration.ofSeconds(30), "order " + order + " " + status);
    }
}
