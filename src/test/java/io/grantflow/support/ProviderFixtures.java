package io.grantflow.support;

import io.grantflow.support.GrantFixtures.SignedGrant;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;

/** Provider calls, providers on a grant's roster and in-kind open calls by days, all made through the API. */
public final class ProviderFixtures {

    /** Where providers are paid in these tests (a Belgian IBAN). */
    public static final String PROVIDER_IBAN = "BE68 5390 0754 7034";

    private ProviderFixtures() {
    }

    /** A provider organisation of {@code type} (validated where it is a claim) and its user, who has the applicant role. */
    public record Provider(String user, long organisation) {
    }

    public static Provider provider(String type, String country) {
        String user = ProposalFixtures.user("coach");
        return new Provider(user, ProposalFixtures.organisation(user, "Provider " + user, country, type));
    }

    /** A provider call open now for a day; tests change what they need. */
    public static Map<String, Object> providerCall(String service, String maxDayRate, String selection) {
        Instant now = Instant.now();
        Map<String, Object> d = new HashMap<>();
        d.put("title", "Call for " + service.toLowerCase() + " providers " + UUID.randomUUID().toString().substring(0, 6));
        d.put("service", service);
        d.put("maxDayRate", maxDayRate);
        d.put("selection", selection);
        d.put("opensAt", now.minusSeconds(60).toString());
        d.put("closesAt", now.plusSeconds(86400).toString());
        return d;
    }

    public static Response createProviderCall(SignedGrant g, Map<String, Object> definition) {
        return as(g.consortium().coordinatorUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(definition).post("/api/grants/{id}/provider-calls", g.id());
    }

    public static long providerCallId(SignedGrant g, String service, String maxDayRate, String selection) {
        return createProviderCall(g, providerCall(service, maxDayRate, selection)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    public static Map<String, Object> offer(long organisation, String dayRate, int capacityDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisation", organisation);
        body.put("dayRate", dayRate);
        body.put("capacityDays", capacityDays);
        body.put("languages", List.of("fr", "EN"));
        body.put("description", "Coaching for hydrogen start-ups: business model, investor readiness");
        body.put("iban", PROVIDER_IBAN);
        return body;
    }

    /** Requests as {@code user} with a fresh Idempotency-Key (offers need one). */
    public static RequestSpecification asProvider(String user) {
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    public static Response submitOffer(String user, long call, Map<String, Object> offer) {
        return asProvider(user).body(offer).post("/api/provider-calls/{id}/offers", call);
    }

    /** A provider on the grant's roster through a first-come-first-served call; returns its offer's id. */
    public static long onRoster(Provider p, long call, String dayRate, int capacityDays) {
        return submitOffer(p.user(), call, offer(p.organisation(), dayRate, capacityDays)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** An in-kind open call of {@code service} by days: at most {@code maxDays} per application, worth at most maxAmount. */
    public static Map<String, Object> inKindOpenCall(String service, int maxDays, String maxAmount, String selection,
                                                     String budget) {
        Map<String, Object> d = GrantFixtures.openCall("VOUCHER", selection, budget);
        d.put("typeOfSupport", "IN_KIND_SERVICE");
        d.put("maxAmount", maxAmount);
        d.put("inKind", Map.of("service", service, "maxDays", maxDays));
        return d;
    }

    /** An SME's application for {@code days} days of the open call's service. */
    public static Map<String, Object> daysApplication(GrantFixtures.Sme sme, int days) {
        Map<String, Object> body = GrantFixtures.application(sme, null, null);
        body.put("purpose", "Coaching on investor readiness");
        body.put("days", days);
        return body;
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}
