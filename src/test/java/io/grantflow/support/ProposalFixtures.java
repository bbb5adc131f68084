package io.grantflow.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Users, organisations and proposals made through the API, unique per test. */
public final class ProposalFixtures {

    /** Types whose size is computed from declared figures: no officer validates them (OrganisationType.isClaim). */
    private static final Set<String> ENTERPRISE_TYPES = Set.of("SME", "LARGE_ENTERPRISE");

    private static final AtomicLong PIC = new AtomicLong(100_000_000L + (System.nanoTime() % 800_000_000L));

    private ProposalFixtures() {
    }

    /** A user of a role, with a unique name; {@link #as(String)} makes requests with their token. */
    public static String user(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String user) {
        String role = user.startsWith("officer") ? "officer" : user.startsWith("sme") ? "sme" : "applicant";
        return given().auth().oauth2(Tokens.token(user, role)).contentType(ContentType.JSON);
    }

    public static String nextPic() {
        return String.valueOf(PIC.incrementAndGet() % 900_000_000L + 100_000_000L);
    }

    /**
     * Registers an organisation as {@code user} (who becomes a member) and returns its id. A type that
     * rules depend on (cluster, research, business-support organisation, …) is a claim: an officer
     * validates it, as the real process would before such an organisation counts.
     */
    public static long organisation(String user, String name, String country, String type) {
        long id = registered(user, name, country, type);
        if (!ENTERPRISE_TYPES.contains(type)) {
            validate(id);
        }
        return id;
    }

    /** Registers an organisation as {@code user} without an officer's validation of its type and PIC. */
    public static long registered(String user, String name, String country, String type) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", name, "pic", nextPic(), "country", country,
                "type", type));
        if (type.equals("SME") || type.equals("LARGE_ENTERPRISE")) {
            body.put("staffHeadcount", 20);
            body.put("annualTurnover", "3000000.00");
            body.put("balanceSheetTotal", "2000000.00");
        }
        return as(user).body(body).post("/api/organisations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** An officer validates the organisation's type and PIC. */
    public static void validate(long organisation) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .post("/api/organisations/{id}/validation", organisation).then().statusCode(200);
    }

    /** {@code user} asks to join the organisation and {@code approver} (a member or an officer) approves. */
    public static void join(String user, long organisation, String approver) {
        long request = as(user).post("/api/organisations/{id}/membership-requests", organisation).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(approver).post("/api/organisations/{id}/membership-requests/{request}/approve", organisation, request)
                .then().statusCode(200);
    }

    /** A consortium: a coordinator organisation (cluster, BE) and two partners (DE cluster, ES business support). */
    public record Consortium(String coordinatorUser, String partnerUser, long coordinator, long partner1, long partner2) {
    }

    public static Consortium consortium() {
        String coordinatorUser = user("coord");
        String partnerUser = user("partner");
        long coordinator = organisation(coordinatorUser, "Cluster BE", "BE", "CLUSTER_ORGANISATION");
        long p1 = organisation(partnerUser, "Cluster DE", "DE", "CLUSTER_ORGANISATION");
        long p2 = organisation(partnerUser, "Support ES", "ES", "BUSINESS_SUPPORT_ORGANISATION");
        return new Consortium(coordinatorUser, partnerUser, coordinator, p1, p2);
    }

    /**
     * A proposal body: FSTP planned by the coordinator, other costs by the partners. With a call at
     * 100% / 90%, fstp 750000.00 and other 277777.78 request 1000000.00 at exactly 75.00% SME share.
     */
    public static Map<String, Object> content(Consortium c, String fstp, String otherCosts) {
        Map<String, Object> body = new HashMap<>();
        body.put("acronym", "HYVALUE");
        body.put("title", "Hydrogen value chains for SMEs");
        body.put("abstract", "Support to SMEs in hydrogen value chains.");
        body.put("tags", List.of("RENEWABLE_ENERGY"));
        body.put("coordinator", c.coordinator());
        body.put("partners", new ArrayList<>(List.of(Map.of("organisation", c.partner1(), "role", "PARTNER"),
                Map.of("organisation", c.partner2(), "role", "PARTNER"))));
        body.put("workPackages", List.of(Map.of("title", "Open calls for SMEs"), Map.of("title", "Management")));
        body.put("budget", new ArrayList<>(List.of(
                Map.of("organisation", c.coordinator(), "financialSupportToThirdParties", fstp),
                Map.of("organisation", c.partner1(), "personnel", otherCosts))));
        return body;
    }

    public static long draft(String call, Consortium c, Map<String, Object> content) {
        return as(c.coordinatorUser()).body(content).post("/api/calls/{id}/proposals", call)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
