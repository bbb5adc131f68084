package io.grantflow.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Published calls with budgets, commitments and payment orders made through the API. */
public final class MoneyFixtures {

    private MoneyFixtures() {
    }

    /** A published single-stage call with the given budget, in a programme of its own. */
    public static String publishedCall(String budget) {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("budget", budget);
        def.put("maxGrant", null);
        def.put("minGrant", null);
        String id = CallFixtures.create(def);
        CallFixtures.publish(id);
        return id;
    }

    public static long payeeOrganisation() {
        return ProposalFixtures.organisation(ProposalFixtures.user("coord"), "Payee cluster", "BE", "CLUSTER_ORGANISATION");
    }

    public static Response commit(String call, long payee, String amount, String key) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("payee", payee, "amount", amount, "purpose", "Grant agreement"))
                .post("/api/budgets/calls/{id}/commitments", call);
    }

    /** Commits {@code amount} and returns the commitment account id. */
    public static long commitment(String call, String amount) {
        return commit(call, payeeOrganisation(), amount, UUID.randomUUID().toString()).then().statusCode(201)
                .extract().jsonPath().getLong("account");
    }

    public static Map<String, Object> order(long account, String amount) {
        return Map.of("account", account, "payeeName", "Flanders Hydrogen Cluster", "iban", "BE71 0961 2345 6769",
                "amount", amount, "purpose", "Pre-financing", "reference", "PF-1");
    }

    public static Response createOrder(String officer, Map<String, Object> order, String key) {
        return given().auth().oauth2(Tokens.token(officer, "officer")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(order).post("/api/payments");
    }
}
