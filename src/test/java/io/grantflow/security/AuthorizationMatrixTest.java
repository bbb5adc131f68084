package io.grantflow.security;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.shared.time.Brussels;
import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.PanelFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProviderFixtures;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone else's objects: for every object-scoped endpoint, each role that is not the object's
 * (an unrelated applicant, SME, evaluator, and no credentials at all) is denied — 401, 403 or 404 —
 * and the body carries none of the object's data. Fields a client must not set are refused.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    record Call(String method, String path, Object body) {
    }

    @SendsInvalidRequests("placeholder bodies: only who may call what matters here")
    @Test
    void strangersAreDeniedEverywhereAndLearnNothing() {
        SignedGrant g = GrantFixtures.signedGrant();
        JsonPath grant = officer().get("/api/grants/{id}", g.id()).jsonPath();
        long proposal = grant.getLong("proposalId");
        long order = grant.getLong("preFinancing.paymentOrder");
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", "5000.00");
        def.put("maxAmount", "1000.00");
        long openCall = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        long app = asSme(sme).body(application(sme, "900.00", null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long providerCall = ProviderFixtures.providerCallId(g, "COACHING", "800.00", "EVALUATED");
        ProviderFixtures.Provider coach = ProviderFixtures.provider("BUSINESS_SUPPORT_ORGANISATION", "BE");
        long providerOffer = ProviderFixtures.onRoster(coach, providerCall, "700.00", 10);
        String secretIban = "IT60X0542811101000000123456";
        String acronym = "CASCADE";
        // an open call evaluated by a panel: its pool, an assignment of an invited expert
        long panelCall = PanelFixtures.panelCall(g, "5000.00", 1);
        long panelApp = PanelFixtures.apply(panelCall, "900.00");
        String panelist = ProposalFixtures.user("expert");
        EvaluationFixtures.registerExpert(panelist, null, List.of());
        as(g.consortium().coordinatorUser()).body(Map.of("evaluators", List.of(panelist)))
                .put("/api/open-calls/{id}/evaluators", panelCall).then().statusCode(200);
        as(g.consortium().coordinatorUser()).post("/api/open-calls/{id}/assignments", panelCall).then().statusCode(200);
        long panelAssignment = PanelFixtures.assignmentOf(panelist, panelApp);
        String evaluations = "/api/evaluator/application-assignments/" + panelAssignment;

        List<Call> calls = List.of(
                new Call("GET", "/api/open-calls/" + panelCall + "/evaluators", null),
                new Call("PUT", "/api/open-calls/" + panelCall + "/evaluators", Map.of("evaluators", List.of())),
                new Call("POST", "/api/open-calls/" + panelCall + "/assignments", null),
                new Call("GET", "/api/open-calls/" + panelCall + "/ranking", null),
                new Call("POST", "/api/open-calls/" + panelCall + "/ranking/decision", null),
                new Call("PUT", "/api/applications/" + panelApp + "/consensus", Map.of("scores", List.of())),
                new Call("GET", evaluations, null),
                new Call("POST", evaluations + "/conflict-declaration", Map.of("conflict", false)),
                new Call("PUT", evaluations + "/scores", Map.of("scores", List.of())),
                new Call("POST", evaluations + "/submit", null),
                new Call("GET", "/api/proposals/" + proposal, null),
                new Call("PUT", "/api/proposals/" + proposal, Map.of("acronym", "X")),
                new Call("POST", "/api/proposals/" + proposal + "/submit", null),
                new Call("POST", "/api/proposals/" + proposal + "/withdraw", null),
                new Call("GET", "/api/proposals/" + proposal + "/consensus", null),
                new Call("PUT", "/api/proposals/" + proposal + "/consensus", Map.of("scores", List.of())),
                new Call("GET", "/api/grants/" + g.id(), null),
                new Call("POST", "/api/grants/" + g.id() + "/decline", Map.of()),
                new Call("POST", "/api/grants/" + g.id() + "/terminate", Map.of()),
                new Call("GET", "/api/budgets/grants/" + g.id(), null),
                new Call("GET", "/api/grants/" + g.id() + "/reports", null),
                new Call("GET", "/api/grants/" + g.id() + "/reports/1", null),
                new Call("GET", "/api/grants/" + g.id() + "/reports/1/settlement", null),
                new Call("PUT", "/api/grants/" + g.id() + "/reports/1", Map.of("technical", "t")),
                new Call("POST", "/api/grants/" + g.id() + "/reports/1/submit", null),
                new Call("POST", "/api/grants/" + g.id() + "/reports/1/answer", Map.of("answer", "a")),
                new Call("POST", "/api/grants/" + g.id() + "/reports/1/accept", null),
                new Call("POST", "/api/grants/" + g.id() + "/reports/1/reject", Map.of("reason", "r")),
                new Call("POST", "/api/grants/" + g.id() + "/reports/1/request-information", Map.of("question", "q")),
                new Call("GET", "/api/grants/" + g.id() + "/work-packages", null),
                new Call("POST", "/api/grants/" + g.id() + "/work-packages/1/declare-completed", Map.of("summary", "s")),
                new Call("POST", "/api/grants/" + g.id() + "/work-packages/1/accept", null),
                new Call("POST", "/api/grants/" + g.id() + "/work-packages/1/reject", Map.of("reason", "r")),
                new Call("GET", "/api/kpis/grants/" + g.id(), null),
                new Call("GET", "/api/grants/" + g.id() + "/kpi-reports", null),
                new Call("POST", "/api/grants/" + g.id() + "/kpi-reports", Map.of("period", 1,
                        "indicators", Map.of("RESILIENCE_PLANS", 1))),
                new Call("POST", "/api/grants/" + g.id() + "/open-calls", def),
                new Call("GET", "/api/open-calls/" + openCall + "/applications", null),
                new Call("POST", "/api/open-calls/" + openCall + "/cutoffs/0/carry-over", null),
                new Call("GET", "/api/applications/" + app, null),
                new Call("POST", "/api/applications/" + app + "/decision", Map.of("approve", true)),
                new Call("POST", "/api/applications/" + app + "/report", Map.of("report", "r", "proof", "p")),
                new Call("POST", "/api/applications/" + app + "/verification", Map.of("accepted", true)),
                new Call("POST", "/api/applications/" + app + "/host-confirmation", null),
                new Call("POST", "/api/applications/" + app + "/withdraw", null),
                new Call("GET", "/api/applications/" + app + "/in-kind", null),
                new Call("POST", "/api/applications/" + app + "/provider", Map.of("provider", providerOffer)),
                new Call("POST", "/api/applications/" + app + "/delivery", Map.of("days", 1)),
                new Call("POST", "/api/applications/" + app + "/delivery-confirmation", null),
                new Call("POST", "/api/grants/" + g.id() + "/provider-calls",
                        ProviderFixtures.providerCall("COACHING", "800.00", "EVALUATED")),
                new Call("GET", "/api/grants/" + g.id() + "/provider-calls", null),
                new Call("GET", "/api/grants/" + g.id() + "/providers", null),
                new Call("GET", "/api/grants/" + g.id() + "/in-kind-awards", null),
                new Call("GET", "/api/provider-calls/" + providerCall + "/offers", null),
                new Call("GET", "/api/provider-offers/" + providerOffer, null),
                new Call("POST", "/api/provider-offers/" + providerOffer + "/decision", Map.of("select", true)),
                new Call("GET", "/api/payments/" + order, null),
                new Call("POST", "/api/payments/" + order + "/approve", null),
                new Call("POST", "/api/payments/" + order + "/reject", Map.of()),
                new Call("GET", "/api/audit?object=grant:" + g.id(), null),
                new Call("GET", "/api/exports/payments", null),
                new Call("GET", "/api/kpis/calls/" + g.call(), null),
                new Call("GET", "/api/budgets/calls/" + g.call(), null),
                new Call("GET", "/api/calls/" + g.call() + "/ranking", null),
                new Call("GET", "/api/calls/" + g.call() + "/cutoffs", null),
                new Call("POST", "/api/calls/" + g.call() + "/cutoffs/0/carry-over", null),
                new Call("GET", "/api/calls/" + g.call() + "/evaluations", null));

        List<RequestSpecification> strangers = List.of(
                given().auth().oauth2(Tokens.token("stranger-applicant", "applicant")),
                given().auth().oauth2(Tokens.token("stranger-sme", "sme")),
                given().auth().oauth2(Tokens.token("stranger-evaluator", "evaluator")),
                given());
        List<String> names = List.of("applicant", "sme", "evaluator", "anonymous");
        List<String> leaks = new ArrayList<>();
        for (Call c : calls) {
            for (int i = 0; i < strangers.size(); i++) {
                RequestSpecification r = given().spec(strangers.get(i)).contentType(ContentType.JSON)
                        .header("Idempotency-Key", "matrix-" + i + "-" + c.path().hashCode() + "-" + c.method());
                if (c.body() != null) {
                    r = r.body(c.body());
                }
                Response response = switch (c.method()) {
                    case "GET" -> r.get(c.path());
                    case "PUT" -> r.put(c.path());
                    default -> r.post(c.path());
                };
                String body = response.asString();
                if (!List.of(401, 403, 404).contains(response.statusCode()) || body.contains(acronym)
                        || body.contains(secretIban) || body.contains("BE71")) {
                    leaks.add(names.get(i) + " " + c.method() + " " + c.path() + " → " + response.statusCode() + " "
                            + body.substring(0, Math.min(body.length(), 160)));
                }
            }
        }
        assertThat(leaks).isEmpty();

        // the owners still can: the matrix denies strangers, not everyone
        as(g.consortium().coordinatorUser()).get("/api/grants/{id}", g.id()).then().statusCode(200);
        asSme(sme).get("/api/applications/{id}", app).then().statusCode(200);

        // fields a client must not set are refused, never stored
        asSme(sme).body(Map.of("organisation", sme.organisation(), "status", "AWARDED", "awarded", "100000.00",
                        "purpose", "p", "iban", secretIban, "notInDifficulty", true, "noDoubleFunding", true,
                        "requested", "900.00"))
                .post("/api/open-calls/{id}/applications", openCall).then().statusCode(400);
        EvaluationFixtures.officer().body(Map.of("username", "mass-" + g.id(), "name", "x", "nationality", "FR",
                "id", 1)).post("/api/experts").then().statusCode(400);
    }

    /**
     * The case-variant user: {@code alice}, {@code ALICE} and {@code  alice } are one person. A variant
     * of an owner's name is the owner (same answers on the owner's objects); a variant of an initiating
     * officer's name is not a second officer.
     */
    @Test
    void theCaseVariantUserIsTheSamePerson() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        Sme sme = GrantFixtures.sme("IT");
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", "5000.00");
        def.put("maxAmount", "1000.00");
        long openCall = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        long app = asSme(sme).body(application(sme, "900.00", null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        List<String> coordinatorPaths = List.of("/api/grants/" + g.id(), "/api/budgets/grants/" + g.id(),
                "/api/kpis/grants/" + g.id(), "/api/grants/" + g.id() + "/kpi-reports",
                "/api/open-calls/" + openCall + "/applications", "/api/organisations/" + g.consortium().coordinator());
        List<String> smePaths = List.of("/api/applications/" + app, "/api/organisations/" + sme.organisation());
        List<String> differences = new ArrayList<>();
        for (String variant : List.of(coordinator.toUpperCase(), " " + coordinator + " ", "\t" + coordinator.toUpperCase())) {
            for (String path : coordinatorPaths) {
                Response owner = as(coordinator).get(path);
                Response other = given().auth().oauth2(Tokens.token(variant, "applicant")).get(path);
                if (owner.statusCode() != 200 || other.statusCode() != owner.statusCode()
                        || !withoutInstants(other).equals(withoutInstants(owner))) {
                    differences.add("'" + variant + "' GET " + path + " → " + other.statusCode() + " (owner "
                            + owner.statusCode() + ")");
                }
            }
        }
        for (String variant : List.of(sme.user().toUpperCase(), sme.user() + "  ")) {
            for (String path : smePaths) {
                Response owner = asSme(sme).get(path);
                Response other = given().auth().oauth2(Tokens.token(variant, "sme")).get(path);
                if (owner.statusCode() != 200 || other.statusCode() != owner.statusCode()
                        || !withoutInstants(other).equals(withoutInstants(owner))) {
                    differences.add("'" + variant + "' GET " + path + " → " + other.statusCode() + " (owner "
                            + owner.statusCode() + ")");
                }
            }
        }
        assertThat(differences).isEmpty();

        // the initiating officer who ordered the pre-financing cannot approve it under a variant of the name
        JsonPath grant = officer().get("/api/grants/{id}", g.id()).jsonPath();
        long order = grant.getLong("preFinancing.paymentOrder");
        String initiator = officer().get("/api/payments/{id}", order).jsonPath().getString("initiatedBy");
        given().auth().oauth2(Tokens.token(" " + initiator.toUpperCase(), "officer")).contentType(ContentType.JSON)
                .post("/api/payments/{id}/approve", order).then().statusCode(403)
                .body("code", org.hamcrest.Matchers.equalTo("four_eyes"));
    }

    /** The body with instants (such as a KPI's time of computation) blanked, for comparing two reads. */
    private static String withoutInstants(Response r) {
        return r.asString().replaceAll("\"\\d{4}-\\d\\d-\\d\\dT[^\"]*\"", "\"<instant>\"");
    }

    /** A request as someone, in the matrices below: the expected status and, where one is set, the problem code. */
    record Attempt(String who, RequestSpecification as, String path, int status, String code) {
    }

    private static List<String> unexpected(List<Attempt> attempts) {
        List<String> wrong = new ArrayList<>();
        for (Attempt a : attempts) {
            Response response = given().spec(a.as()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(a.path().endsWith("decision") ? Map.of("approve", true)
                            : a.path().endsWith("verification") ? Map.of("accepted", true) : Map.of())
                    .post(a.path());
            String code = response.statusCode() >= 400 && String.valueOf(response.contentType()).contains("json")
                    ? response.jsonPath().getString("code") : null;
            if (response.statusCode() != a.status() || (a.code() != null && !a.code().equals(code))) {
                wrong.add(a.who() + " POST " + a.path() + " → " + response.statusCode() + " " + code + ", expected "
                        + a.status() + " " + a.code());
            }
        }
        return wrong;
    }

    private static RequestSpecification bothHats(String user) {
        return given().auth().oauth2(Tokens.token(user, "applicant", "sme"));
    }

    private static long clusterXchangeCall(SignedGrant g) {
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "10000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        return createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> exchange(Sme sme, long host, LocalDate from, LocalDate to) {
        Map<String, Object> body = application(sme, null, null);
        body.put("exchange", Map.of("visitorName", "Visitor " + sme.user(), "visitorId", "V-" + ProposalFixtures.nextPic(),
                "host", host, "from", from.toString(), "to", to.toString(), "distanceKm", 900));
        return body;
    }

    @SendsInvalidRequests("one request shape for every attempt: a JSON body also where none is read")
    @Test
    void theDualRoleUserDecidesVerifiesAndConfirmsNothingOfTheirOwnApplications() {
        SignedGrant g = GrantFixtures.signedGrant();
        // one identity (applicant and sme roles) in the applying SME, the consortium and the host cluster,
        // each membership made through the API: registering the SME, joining the others with a member's approval
        String dual = ProposalFixtures.user("dual");
        Sme own = new Sme(dual, ProposalFixtures.organisation(dual, "SME " + dual, "IT", "SME"));
        ProposalFixtures.join(dual, g.consortium().partner1(), g.consortium().partnerUser());
        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Host cluster", "FR", "CLUSTER_ORGANISATION");
        ProposalFixtures.join(dual, host, hostUser);

        Map<String, Object> voucher = openCall("VOUCHER", "EVALUATED", "5000.00");
        voucher.put("maxAmount", "1000.00");
        long voucherCall = createOpenCall(g, voucher).then().statusCode(201).extract().jsonPath().getLong("id");
        long evaluated = given().spec(bothHats(dual)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(application(own, "900.00", null))
                .post("/api/open-calls/{id}/applications", voucherCall).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        LocalDate monday = LocalDate.now().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long exchange = given().spec(bothHats(dual)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(exchange(own, host, monday, monday.plusDays(4)))
                .post("/api/open-calls/{id}/applications", clusterXchangeCall(g)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        given().spec(bothHats(dual)).contentType(ContentType.JSON)
                .body(Map.of("report", "A week in Lyon", "proof", "https://files.example/lyon.pdf"))
                .post("/api/applications/{id}/report", exchange).then().statusCode(200);

        List<String> wrong = unexpected(List.of(
                new Attempt("dual", bothHats(dual), "/api/applications/" + evaluated + "/decision", 403, "own_application"),
                new Attempt("dual", bothHats(dual), "/api/applications/" + exchange + "/host-confirmation", 403,
                        "own_application"),
                new Attempt("dual", bothHats(dual), "/api/applications/" + exchange + "/verification", 403,
                        "own_application"),
                // the others of the same organisations still act
                new Attempt("coordinator", given().auth().oauth2(Tokens.token(g.consortium().coordinatorUser(),
                        "applicant")), "/api/applications/" + evaluated + "/decision", 200, null),
                new Attempt("host", given().auth().oauth2(Tokens.token(hostUser, "applicant")),
                        "/api/applications/" + exchange + "/host-confirmation", 200, null),
                new Attempt("partner", given().auth().oauth2(Tokens.token(g.consortium().partnerUser(), "applicant")),
                        "/api/applications/" + exchange + "/verification", 200, null)));
        assertThat(wrong).isEmpty();
    }

    @SendsInvalidRequests("a body on an operation that takes none")
    @Test
    void theHostConfirmationCases() {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = clusterXchangeCall(g);
        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Host cluster", "FR", "CLUSTER_ORGANISATION");
        String pending = ProposalFixtures.user("host");
        as(pending).post("/api/organisations/{id}/membership-requests", host).then().statusCode(201);
        Instant now = TestClock.freeze();
        try {
            LocalDate first = now.atZone(Brussels.ZONE).toLocalDate().plusWeeks(1)
                    .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            Sme sme = GrantFixtures.sme("IT");
            long app = asSme(sme).body(exchange(sme, host, first, first.plusDays(4)))
                    .post("/api/open-calls/{id}/applications", call).then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            // an SME that registered its own "cluster organisation" as the host: refused, and it confirms nothing
            Sme cheat = GrantFixtures.sme("IT");
            long ownCluster = ProposalFixtures.registered(cheat.user(), "Cluster " + cheat.user(), "FR",
                    "CLUSTER_ORGANISATION");
            long cheating = asSme(cheat).body(exchange(cheat, ownCluster, first, first.plusDays(4)))
                    .post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                    .body("refusals.code", org.hamcrest.Matchers.hasItem("organisation_not_validated"))
                    .extract().jsonPath().getLong("id");
            String path = "/api/applications/" + app + "/host-confirmation";
            RequestSpecification asHost = given().auth().oauth2(Tokens.token(hostUser, "applicant"));
            List<Attempt> beforeTheVisit = List.of(
                    new Attempt("anonymous", given(), path, 401, null),
                    new Attempt("officer", given().auth().oauth2(Tokens.officer()), path, 403, null),
                    new Attempt("stranger", given().auth().oauth2(Tokens.token("stranger-host", "applicant")), path, 404,
                            null),
                    new Attempt("the visiting SME", given().auth().oauth2(Tokens.token(sme.user(), "sme")), path, 404,
                            null),
                    new Attempt("a pending member of the host", given().auth().oauth2(Tokens.token(pending, "applicant")),
                            path, 404, null),
                    new Attempt("the consortium", given().auth().oauth2(Tokens.token(g.consortium().partnerUser(),
                            "applicant")), path, 404, null),
                    new Attempt("the SME with its own cluster", given().auth().oauth2(Tokens.token(cheat.user(), "sme")),
                            "/api/applications/" + cheating + "/host-confirmation", 403, "own_application"),
                    new Attempt("the host, before the first day", asHost, path, 409, "visit_not_started"));
            assertThat(unexpected(beforeTheVisit)).isEmpty();
            TestClock.advance(Duration.between(now, Brussels.at(first, 0, 0)));
            assertThat(unexpected(List.of(new Attempt("the host, on the first day", asHost, path, 200, null)))).isEmpty();
        } finally {
            TestClock.reset();
        }
    }
}
