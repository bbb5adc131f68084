package io.grantflow.money;

import io.grantflow.shared.idempotency.IdempotencyPurge;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13, point 12: Idempotency-Keys expire after the retention (7 days by default) and a job purges
 * them; an expired key is unknown, yet a money-moving command resent with it after expiry still moves
 * the money once, because each command's effect is named by the request (key, scope and body).
 */
@QuarkusTest
class IdempotencyRetentionTest {

    @Inject
    IdempotencyPurge purge;

    @Inject
    EntityManager em;

    @AfterEach
    void restoreTheClock() {
        TestClock.reset();
    }

    @Test
    void keysExpireAndArePurgedAndAResendAfterExpiryMovesMoneyOnce() {
        // four money-moving commands, each with its own key
        String call = MoneyFixtures.publishedCall("100000.00");
        long payee = MoneyFixtures.payeeOrganisation();
        String commitKey = key();
        long commitment = MoneyFixtures.commit(call, payee, "1000.00", commitKey).then().statusCode(201)
                .extract().jsonPath().getLong("account");
        String payKey = key();
        Map<String, Object> order = MoneyFixtures.order(commitment, "200.00");
        long orderId = MoneyFixtures.createOrder("officer-alice", order, payKey).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> oc = GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "5000.00");
        oc.put("maxAmount", "1000.00");
        oc.put("applicationsPerSme", 2); // an SME may hold two awards: only the request's name keeps a resend single
        oc.put("closesAt", Instant.now().plus(Duration.ofDays(60)).toString());
        String openCallKey = key();
        long openCall = createOpenCall(g, oc, openCallKey).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        Map<String, Object> application = GrantFixtures.application(sme, "1000.00", null);
        String applyKey = key();
        long applicationId = apply(sme, openCall, application, applyKey).then().statusCode(201)
                .body("status", equalTo("AWARDED")).extract().jsonPath().getLong("id");
        List<String> keys = List.of(commitKey, payKey, openCallKey, applyKey);

        // within the retention nothing is purged and a resend is a replay
        TestClock.freeze();
        TestClock.advance(Duration.ofDays(6));
        purge.purgeExpired();
        assertThat(storedKeys(keys)).isEqualTo(4);
        MoneyFixtures.commit(call, payee, "1000.00", commitKey).then().statusCode(201)
                .header("Idempotency-Replayed", "true");

        // beyond it: an expired key is unknown even before the job has run ...
        TestClock.advance(Duration.ofDays(2));
        MoneyFixtures.commit(call, payee, "1000.00", commitKey).then().statusCode(201)
                .header("Idempotency-Replayed", "false").body("account", equalTo((int) commitment));
        // ... and the job deletes the expired rows (the commitment's key was just stored anew)
        purge.purgeExpired();
        assertThat(storedKeys(List.of(payKey, openCallKey, applyKey))).isZero();

        // every money-moving command resent with its expired key moves the money once
        MoneyFixtures.createOrder("officer-alice", order, payKey).then().statusCode(201)
                .header("Idempotency-Replayed", "false").body("id", equalTo((int) orderId));
        createOpenCall(g, oc, openCallKey).then().statusCode(201).body("id", equalTo((int) openCall));
        apply(sme, openCall, application, applyKey).then().statusCode(201).body("id", equalTo((int) applicationId));

        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then().statusCode(200)
                .body("committed", equalTo("1000.00")).body("children.size()", equalTo(1));
        assertThat(count("payment_order where account_id = " + commitment)).isEqualTo(1);
        assertThat(count("open_call where grant_id = " + g.id())).isEqualTo(1);
        assertThat(count("application where open_call_id = " + openCall)).isEqualTo(1);
        given().auth().oauth2(Tokens.officer()).get("/api/open-calls/{id}", openCall).then().statusCode(200)
                .body("committed", equalTo("1000.00"));
        // the same key with another body after expiry is a new request (the key is unknown)
        TestClock.advance(Duration.ofDays(8));
        MoneyFixtures.commit(call, payee, "1500.00", commitKey).then().statusCode(201)
                .header("Idempotency-Replayed", "false");
        given().auth().oauth2(Tokens.officer()).get("/api/budgets/calls/{id}", call).then()
                .body("committed", equalTo("2500.00")).body("children.size()", equalTo(2));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static Response createOpenCall(SignedGrant g, Map<String, Object> definition, String key) {
        return as(g.consortium().coordinatorUser()).header("Idempotency-Key", key).body(definition)
                .post("/api/grants/{id}/open-calls", g.id());
    }

    private static Response apply(Sme sme, long openCall, Map<String, Object> body, String key) {
        return given().auth().oauth2(Tokens.token(sme.user(), "sme")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/open-calls/{id}/applications", openCall);
    }

    private long storedKeys(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from grantflow.idempotency_key where idempotency_key in (:keys)")
                .setParameter("keys", keys).getSingleResult()).longValue());
    }

    private long count(String fromWhere) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from grantflow." + fromWhere).getSingleResult()).longValue());
    }
}
