package io.grantflow.support;

import io.grantflow.support.GrantFixtures.Sme;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The demo SME {@code sme1} (tests with demo users on, {@code DemoSignInTest.DemoUsers}) through the API with its
 * Basic credentials: the same user record as its sign-in on the pages. It registers an organisation of its own (so it
 * is a member) and applies for it, so that the pages signed in as {@code sme1} have applications to show.
 */
public final class DemoSmeFixtures {

    public static final String USER = "sme1";

    private DemoSmeFixtures() {
    }

    /** Requests to the API as the demo SME. */
    public static RequestSpecification asSme1() {
        return given().auth().preemptive().basic(USER, USER).contentType(ContentType.JSON);
    }

    /** A new small Italian enterprise registered by the demo SME; returns its id. */
    public static long organisation() {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", "Officine Demo " + UUID.randomUUID().toString()
                        .substring(0, 6), "pic", ProposalFixtures.nextPic(), "country", "IT", "type", "SME",
                "staffHeadcount", 20, "annualTurnover", "3000000.00", "balanceSheetTotal", "2000000.00"));
        return asSme1().body(body).post("/api/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The organisation applies to the open call (a voucher or lump sum, nothing asked); the status it gets is checked. */
    public static long apply(long organisation, long openCall, String status) {
        return asSme1().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(GrantFixtures.application(new Sme(USER, organisation), null, null))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(201)
                .body("status", equalTo(status)).extract().jsonPath().getLong("id");
    }
}
