package io.grantflow.support;

import io.grantflow.support.ProposalFixtures.Consortium;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.grantflow.support.EvaluationFixtures.closedCallWithEligibleProposals;
import static io.grantflow.support.EvaluationFixtures.evaluateAll;
import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;

/** Signed grants with an FSTP envelope, open calls and SMEs, all made through the API. */
public final class GrantFixtures {

    private GrantFixtures() {
    }

    /** A signed grant of EUR 1,000,000.00 with an FSTP envelope of EUR 750,000.00, and its consortium. */
    public record SignedGrant(long id, Consortium consortium, String call) {
    }

    /** A fixed lump sum of EUR 1,000.00, first come first served, 50 % paid on award. */
    public static long halfOnAwardCall(SignedGrant g, String budget) {
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", budget);
        def.put("fixedAmount", "1000.00");
        def.put("firstTranchePercent", 50);
        return createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static SignedGrant signedGrant() {
        return signedGrant(def -> { });
    }

    /** {@link #signedGrant()} of a call the test changes first (e.g. a project period). */
    public static SignedGrant signedGrant(java.util.function.Consumer<Map<String, Object>> callChanges) {
        return signedGrant(ProposalFixtures.consortium(), callChanges);
    }

    /** A signed grant of this consortium (a coordinator with FSTP, two partners; see {@link ProposalFixtures#consortium}). */
    public static SignedGrant signedGrant(Consortium c) {
        return signedGrant(c, def -> { });
    }

    private static SignedGrant signedGrant(Consortium c, java.util.function.Consumer<Map<String, Object>> callChanges) {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        callChanges.accept(def);
        def.put("budget", "1000000.00");
        def.put("maxGrant", "1000000.00");
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        List<Long> ids = closedCallWithEligibleProposals(def, 6, List.of(c), List.of("CASCADE"));
        return awardedAndSigned(def, ids, c);
    }

    /**
     * A signed lump-sum grant (LUMP_SUM_GRANT) of EUR 1,000,000.00 with three work packages of 30 %, 30 % and 40 %,
     * 40 % pre-financing, one interim payment, no minimum SME share.
     */
    public static SignedGrant signedLumpSumGrant() {
        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("actionType", "LUMP_SUM_GRANT");
        def.put("fstp", Map.of("minSmeShare", 0));
        def.put("budget", "1000000.00");
        def.put("maxGrant", "1000000.00");
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        List<Long> ids = closedCallWithEligibleProposals(def, 6, List.of(c), List.of("LUMPSUM"),
                content -> content.put("workPackages", List.of(Map.of("title", "Pilot lines", "lumpSumShare", 30),
                        Map.of("title", "Matchmaking", "lumpSumShare", 30),
                        Map.of("title", "Uptake and scale-up", "lumpSumShare", 40))));
        return awardedAndSigned(def, ids, c);
    }

    private static SignedGrant awardedAndSigned(Map<String, Object> def, List<Long> ids, Consortium c) {
        String call = (String) def.get("identifier"); // after the fixture: a retried fixture renames the call
        evaluateAll(call, ids, List.of(rqi(4, 4, 4)));
        officer().post("/api/calls/{id}/ranking", call).then().statusCode(200);
        long grant = officer().header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/calls/{id}/award", call).then().statusCode(200).extract().jsonPath().getLong("grants[0].id");
        as(c.coordinatorUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("iban", "BE71 0961 2345 6769")).post("/api/grants/{id}/sign", grant).then().statusCode(200);
        return new SignedGrant(grant, c, call);
    }

    /** An open call definition open now for a day; tests change what they need. */
    public static Map<String, Object> openCall(String instrument, String selection, String budget) {
        Instant now = Instant.now();
        Map<String, Object> d = new HashMap<>();
        d.put("title", "Open call " + UUID.randomUUID().toString().substring(0, 6));
        d.put("instrument", instrument);
        d.put("selection", selection);
        d.put("budget", budget);
        d.put("opensAt", now.minusSeconds(60).toString());
        d.put("closesAt", now.plusSeconds(86400).toString());
        d.put("firstTranchePercent", 0);
        return d;
    }

    public static Response createOpenCall(SignedGrant g, Map<String, Object> definition) {
        return as(g.consortium().coordinatorUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(definition).post("/api/grants/{id}/open-calls", g.id());
    }

    /** An SME (20 staff, EUR 3 m turnover: small) registered by a new SME user; returns [user, organisation id]. */
    public record Sme(String user, long organisation) {
    }

    public static Sme sme(String country) {
        String user = ProposalFixtures.user("sme");
        long org = ProposalFixtures.organisation(user, "SME " + user, country, "SME");
        return new Sme(user, org);
    }

    /** Requests as the SME's user, each with a fresh Idempotency-Key (applications need one). */
    public static RequestSpecification asSme(Sme sme) {
        return given().auth().oauth2(Tokens.token(sme.user(), "sme")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** An application body for a voucher or lump sum. */
    public static Map<String, Object> application(Sme sme, String requested, String sector) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisation", sme.organisation());
        if (requested != null) {
            body.put("requested", requested);
        }
        body.put("purpose", "Travel to a trade fair and meetings with buyers");
        if (sector != null) {
            body.put("sector", sector);
        }
        body.put("iban", "IT60 X054 2811 1010 0000 0123 456");
        body.put("notInDifficulty", true);
        body.put("noDoubleFunding", true);
        body.put("deMinimisReceived", "10000.00");
        return body;
    }
}
