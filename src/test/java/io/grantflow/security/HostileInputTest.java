package io.grantflow.security;

import io.grantflow.support.SendsInvalidRequests;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Hostile input: for every write operation, generated malformed or hostile bodies (wrong types,
 * sizes, nesting, unicode and control characters, huge and negative numbers, 3-decimal money,
 * truncated and invalid JSON, unknown fields). No response may be a 5xx, and a refused request
 * changes no data. {@code -Dfuzz.count=1000} runs the full size (the default keeps the suite fast);
 * {@code -Dfuzz.seed=…} replays a run.
 */
@QuarkusTest
@SendsInvalidRequests("hostile input and fuzzing")
class HostileInputTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 40);
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final List<String> TABLES = List.of("programme", "call", "organisation", "proposal", "expert",
            "payment_order", "ledger_transfer", "open_call", "application", "kpi_report", "export_job", "grant_agreement");

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Inject
    EntityManager em;

    record Operation(String name, String method, String path, String user, String role, boolean idempotencyKey,
                     Supplier<Object> body) {
    }

    private List<Long> fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> counts = new ArrayList<>();
            for (String t : TABLES) {
                counts.add(((Number) em.createNativeQuery("select count(*) from grantflow." + t).getSingleResult()).longValue());
            }
            return counts;
        });
    }

    @Test
    void noHostileBodyGetsA5xxOrChangesData() throws Exception {
        List<Operation> ops = operations();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : ops) {
            String token = Tokens.token(op.user(), op.role());
            for (int i = 0; i < COUNT; i++) {
                byte[] body = mutate(op.body().get(), random);
                List<Long> before = fingerprint();
                var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
                if (op.idempotencyKey()) {
                    request = request.header("Idempotency-Key", UUID.randomUUID().toString());
                }
                Response r = op.method().equals("PUT") ? request.put(op.path()) : request.post(op.path());
                sent++;
                String shown = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
                if (r.statusCode() >= 500) {
                    failures.add(op.name() + " → " + r.statusCode() + " for " + shown);
                } else if (r.statusCode() >= 400) {
                    assertThat(r.contentType()).as(op.name()).startsWith("application/problem+json");
                    assertThat(r.asString()).as(op.name()).doesNotContain("Exception").doesNotContain("\tat ");
                    List<Long> after = fingerprint();
                    if (!after.equals(before)) {
                        failures.add(op.name() + " → " + r.statusCode() + " changed data " + before + " → " + after
                                + " for " + shown);
                    }
                }
            }
        }
        assertThat(failures).as("seed " + SEED + ", " + sent + " requests").isEmpty();
    }

    /** Every write operation with a valid body (the fixtures it needs are made first). */
    private List<Operation> operations() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        Map<String, Object> oc = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "5000.00");
        oc.put("maxAmount", "1000.00");
        long openCallId = GrantFixtures.createOpenCall(g, oc).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        Map<String, Object> openProposalCall = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        String callId = CallFixtures.create(openProposalCall);
        CallFixtures.publish(callId);
        Consortium c = ProposalFixtures.consortium();
        long proposal = ProposalFixtures.draft(callId, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        // a legal commitment that is not a grant: a grant's account is paid by its schedule only
        long commitmentAccount = MoneyFixtures.commitment(MoneyFixtures.publishedCall("1000000.00"), "1000000.00");

        return List.of(
                new Operation("programme", "POST", "/api/programmes", "officer.test", "officer", false,
                        () -> new HashMap<>(Map.of("code", CallFixtures.unique("P"), "name", "Fuzz", "budget", "1000.00"))),
                new Operation("call", "POST", "/api/calls", "officer.test", "officer", false,
                        () -> CallFixtures.euroclustersLike(CallFixtures.unique("NOPROG"))),
                new Operation("organisation", "POST", "/api/organisations", "fuzz-user", "applicant", false,
                        () -> new HashMap<>(Map.of("legalName", "Fuzz", "pic", ProposalFixtures.nextPic(), "country", "BE",
                                "type", "CLUSTER_ORGANISATION"))),
                new Operation("organisation (SME)", "POST", "/api/organisations", "fuzz-user", "applicant", false,
                        HostileInputTest::smeOrganisation),
                new Operation("proposal", "POST", "/api/calls/" + callId + "/proposals", c.coordinatorUser(), "applicant",
                        false, () -> ProposalFixtures.content(c, "750000.00", "277777.78")),
                new Operation("proposal update", "PUT", "/api/proposals/" + proposal, c.coordinatorUser(), "applicant",
                        false, () -> ProposalFixtures.content(c, "750000.00", "277777.78")),
                new Operation("expert", "POST", "/api/experts", "officer.test", "officer", false,
                        () -> new HashMap<>(Map.of("username", "fz-" + UUID.randomUUID(), "name", "F", "nationality", "FR"))),
                new Operation("payment", "POST", "/api/payments", "officer.test", "officer", true,
                        () -> new HashMap<>(Map.of("account", commitmentAccount, "payeeName", "X", "iban", "BE68539007547034",
                                "amount", "10.00", "purpose", "p", "reference", "r"))),
                new Operation("commitment", "POST", "/api/budgets/calls/" + callId + "/commitments", "officer.test",
                        "officer", true, () -> new HashMap<>(Map.of("payee", c.coordinator(), "amount", "10.00",
                        "purpose", "p"))),
                new Operation("open call", "POST", "/api/grants/" + g.id() + "/open-calls", coordinator, "applicant", true,
                        () -> openCall("VOUCHER", "EVALUATED", "10.00")),
                new Operation("application", "POST", "/api/open-calls/" + openCallId + "/applications", sme.user(), "sme",
                        true, () -> application(sme, "10.00", null)),
                new Operation("kpi report", "POST", "/api/grants/" + g.id() + "/kpi-reports", coordinator, "applicant",
                        false, () -> new HashMap<>(Map.of("period", 1, "indicators", Map.of("RESILIENCE_PLANS", 1)))),
                new Operation("export job", "POST", "/api/exports/jobs", "officer.test", "officer", false,
                        () -> new HashMap<>(Map.of("kind", "payments", "format", "csv"))),
                new Operation("batch approval", "POST", "/api/payments/approve-batch", "officer.test", "officer", false,
                        () -> new HashMap<>(Map.of("orders", List.of(1, 2)))),
                new Operation("grant signature", "POST", "/api/grants/" + g.id() + "/sign", coordinator, "applicant", true,
                        () -> new HashMap<>(Map.of("iban", "BE68539007547034"))));
    }

    // ---- out-of-range paging (issue 13, point 6) --------------------------------------------------

    /** Every paginated list: a page or size beyond what can be addressed is a 400 naming the parameter. */
    @Test
    void outOfRangePagingIsA400OnEveryPaginatedList() {
        String call = CallFixtures.unique("NOCALL");
        Map<String, String> lists = new LinkedHashMap<>(); // path → role
        lists.put("/api/calls", "officer");
        lists.put("/api/calls/" + call + "/evaluations", "officer");
        lists.put("/api/calls/" + call + "/ranking", "officer");
        lists.put("/api/grants", "officer");
        lists.put("/api/incidents", "officer");
        lists.put("/api/audit?object=call:1", "officer");
        lists.put("/api/notifications", "officer");
        lists.put("/api/me/applications", "sme");
        lists.put("/api/budgets/grants", "officer");
        lists.put("/api/budgets/programmes/NOPE", "officer");
        lists.put("/api/budgets/calls/" + call, "officer");
        lists.put("/api/budgets/accounts/1", "officer");
        lists.put("/api/proposals", "officer");
        lists.put("/api/payments", "officer");
        lists.put("/api/open-calls", "officer");
        lists.put("/api/open-calls/1/applications", "officer");
        lists.put("/api/programmes", "officer");
        lists.put("/api/experts", "officer");
        lists.put("/api/calls/" + call + "/experts", "officer");
        lists.put("/api/evaluator/assignments", "evaluator");
        lists.put("/api/grants/1/kpi-reports", "officer");
        lists.put("/api/proposals/1/versions", "officer");
        Map<String, String> cases = new LinkedHashMap<>(); // query → the parameter it must name
        cases.put("page=21474838", "page");
        cases.put("page=21474838&size=100", "page");
        cases.put("page=99999999999", "page");
        cases.put("size=2147483648", "size");
        cases.put("page=-1", "page");
        cases.put("page=0", "page");
        List<String> failures = new ArrayList<>();
        lists.forEach((path, role) -> cases.forEach((query, parameter) -> {
            String url = path + (path.contains("?") ? "&" : "?") + query;
            Response r = given().auth().oauth2(Tokens.token("officer.test", role)).get(url);
            List<String> fields = r.statusCode() == 400 ? r.jsonPath().getList("violations.field") : List.of();
            if (r.statusCode() != 400 || !"invalid_query_parameter".equals(r.jsonPath().getString("code"))
                    || fields == null || !fields.contains(parameter)) {
                failures.add("GET " + url + " → " + r.statusCode() + " " + r.asString().substring(0,
                        Math.min(200, r.asString().length())));
            }
        }));
        assertThat(failures).isEmpty();
    }

    // ---- huge and tiny exponents in numeric fields (issue 13, point 6) ----------------------------

    private static final List<String> EXPONENTS = List.of("1e400", "-1e400", "1e-400");

    /**
     * Every numeric field of every write operation gets 1e400, -1e400 and 1e-400: the answer is a 4xx
     * (400 or 422) that names the field, never a 5xx and never a 409 (such as organisation_pic_taken).
     */
    @Test
    void hugeAndTinyExponentsInNumericFieldsAre4xxNamingTheField() throws Exception {
        List<Operation> ops = operations();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : ops) {
            String token = Tokens.token(op.user(), op.role());
            Map<String, Object> valid = asMap(op.body().get());
            for (List<Object> path : numericLeaves(valid, new ArrayList<>())) {
                for (String exponent : EXPONENTS) {
                    String body = withRawNumber(valid, path, exponent);
                    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
                    if (op.idempotencyKey()) {
                        request = request.header("Idempotency-Key", UUID.randomUUID().toString());
                    }
                    Response r = op.method().equals("PUT") ? request.put(op.path()) : request.post(op.path());
                    sent++;
                    String leaf = path.stream().filter(String.class::isInstance).map(String.class::cast)
                            .reduce((a, b) -> b).orElseThrow();
                    String shown = op.name() + " " + path + " = " + exponent + " → " + r.statusCode() + " "
                            + r.asString().substring(0, Math.min(300, r.asString().length()));
                    if (r.statusCode() != 400 && r.statusCode() != 422) {
                        failures.add(shown);
                    } else if (!r.asString().contains(leaf)) {
                        failures.add("does not name " + leaf + ": " + shown);
                    }
                }
            }
        }
        assertThat(failures).as(sent + " requests").isEmpty();
    }

    /** The finding itself: a staff headcount of 1e400 was a 409 organisation_pic_taken (a numeric overflow). */
    @Test
    void anOrganisationWithAnOverflowingFigureIsA400NamingIt() {
        for (String type : List.of("LARGE_ENTERPRISE", "SME")) {
            for (String figure : List.of("staffHeadcount", "annualTurnover", "balanceSheetTotal")) {
                for (String exponent : EXPONENTS) {
                    Map<String, Object> body = enterprise(type);
                    as("fuzz-user").body(withRawNumber(body, List.of(figure), exponent)).post("/api/organisations")
                            .then().statusCode(400).body("code", equalTo("malformed_request"))
                            .body("violations.field", hasItem(figure));
                }
            }
        }
        // below the exponent bound but beyond what the register holds: the policy's bound, named
        Map<String, Object> big = enterprise("LARGE_ENTERPRISE");
        big.put("staffHeadcount", new BigDecimal("100000000"));
        as("fuzz-user").body(big).post("/api/organisations").then().statusCode(422)
                .body("violations.field", hasItem("staffHeadcount"))
                .body("violations.code", hasItem("above_maximum"));
        big.put("staffHeadcount", new BigDecimal("99999999.99"));
        as("fuzz-user").body(big).post("/api/organisations").then().statusCode(201);
    }

    private static Map<String, Object> smeOrganisation() {
        return enterprise("SME");
    }

    private static Map<String, Object> enterprise(String type) {
        return new LinkedHashMap<>(Map.of("legalName", "Fuzz " + type, "pic", ProposalFixtures.nextPic(), "country", "BE",
                "type", type, "staffHeadcount", 20, "annualTurnover", "3000000.00", "balanceSheetTotal", "2000000.00"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object body) {
        return deepCopy((Map<String, Object>) body);
    }

    /** Paths (keys and list indexes) to every number or numeric string in a body. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> numericLeaves(Object node, List<Object> at) {
        List<List<Object>> out = new ArrayList<>();
        if (node instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> {
                List<Object> next = new ArrayList<>(at);
                next.add(k);
                out.addAll(numericLeaves(v, next));
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                out.addAll(numericLeaves(l.get(i), next));
            }
        } else if (node instanceof Number || node instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
            out.add(at);
        }
        return out;
    }

    /** The body as JSON text with the value at {@code path} replaced by a raw JSON number such as 1e400. */
    @SuppressWarnings("unchecked")
    private String withRawNumber(Map<String, Object> body, List<Object> path, String number) {
        try {
            String marker = "\"@@NUMBER@@\"";
            Object copy = json.readValue(json.writeValueAsString(body), Object.class);
            Object parent = copy;
            for (int i = 0; i < path.size() - 1; i++) {
                Object step = path.get(i);
                parent = step instanceof Integer idx ? ((List<Object>) parent).get(idx) : ((Map<String, Object>) parent).get(step);
            }
            Object last = path.get(path.size() - 1);
            if (last instanceof Integer idx) {
                ((List<Object>) parent).set(idx, "@@NUMBER@@");
            } else {
                ((Map<String, Object>) parent).put((String) last, "@@NUMBER@@");
            }
            return json.writeValueAsString(copy).replace(marker, number);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signed tokens whose claims have the wrong JSON type (groups as an object, upn as a number, sub as
     * an array…): authentication fails with 401 problem+json, never a 5xx, on a read and on a write.
     */
    @Test
    void wrongTypedClaimsAre401NeverA5xx() {
        Map<String, Object> wrongTypes = new LinkedHashMap<>();
        wrongTypes.put("groups", Map.of("role", "officer"));
        wrongTypes.put("upn", 42);
        wrongTypes.put("sub", List.of("a", "b"));
        wrongTypes.put("preferred_username", Map.of("x", 1));
        wrongTypes.put("name", List.of("Alice"));
        wrongTypes.put("email", 7);
        wrongTypes.put("locale", Map.of("lang", "fr"));
        wrongTypes.put("iat", "yesterday");
        wrongTypes.put("exp", List.of(1));
        wrongTypes.put("iss", 12);
        List<Map<String, Object>> tokens = new ArrayList<>();
        wrongTypes.forEach((claim, value) -> {
            Map<String, Object> claims = Tokens.claims("typed-" + claim, "officer");
            claims.put(claim, value);
            tokens.add(claims);
        });
        Map<String, Object> numericGroups = Tokens.claims("typed-groups-numbers", "officer");
        numericGroups.put("groups", List.of(1, 2));
        tokens.add(numericGroups);
        Map<String, Object> upnTrue = Tokens.claims("typed-upn-bool", "officer");
        upnTrue.put("upn", true);
        tokens.add(upnTrue);
        Map<String, Object> upnNull = Tokens.claims("typed-upn-null", "officer");
        upnNull.put("upn", null);
        tokens.add(upnNull);

        List<String> failures = new ArrayList<>();
        for (Map<String, Object> claims : tokens) {
            String token = Tokens.signed(claims);
            List<Response> responses = List.of(
                    given().auth().oauth2(token).get("/api/me"),
                    given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("code", CallFixtures.unique("P"), "name", "Typed", "budget", "1000.00"))
                            .post("/api/programmes"));
            for (Response r : responses) {
                if (r.statusCode() != 401 || !String.valueOf(r.contentType()).startsWith("application/problem+json")
                        || r.asString().contains("Exception")) {
                    failures.add(claims + " → " + r.statusCode() + " " + r.asString());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    // ---- the generator ---------------------------------------------------------------------------

    private static final List<Supplier<Object>> HOSTILE = List.of(
            () -> null, () -> "", () -> " ", () -> "x".repeat(100_000), () -> "\u0000", () -> "a\u0000b",
            () -> "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 \u202Egnp.exe", () -> "<script>alert(1)</script>", () -> "'; drop table grantflow.call; --",
            () -> -1, () -> 0, () -> Long.MAX_VALUE, () -> Long.MIN_VALUE, () -> new BigDecimal("1e400"),
            () -> new BigDecimal("-1e400"), () -> 1.005, () -> "1.005", () -> "-0.01", () -> "-1000.00",
            () -> "99999999999999999999999.99", () -> "NaN", () -> "Infinity", () -> "1e3", () -> true, () -> false,
            () -> List.of(), () -> List.of(1, "a", List.of()), () -> Map.of(), () -> Map.of("$ref", "#"),
            () -> nested(60), () -> "2027-13-45T25:61:00", () -> "9999-12-31T23:59:59Z", () -> "0000-01-01T00:00:00Z",
            () -> "%00%27", () -> "null");

    private static Object nested(int depth) {
        Object o = "deep";
        for (int i = 0; i < depth; i++) {
            o = i % 2 == 0 ? List.of(o) : Map.of("k", o);
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private byte[] mutate(Object valid, Random r) throws Exception {
        int kind = r.nextInt(10);
        if (kind == 0) { // a whole body of the wrong shape
            return json.writeValueAsBytes(HOSTILE.get(r.nextInt(HOSTILE.size())).get());
        }
        if (kind == 1) { // broken JSON text
            byte[] ok = json.writeValueAsBytes(valid);
            return switch (r.nextInt(4)) {
                case 0 -> java.util.Arrays.copyOf(ok, Math.max(1, r.nextInt(ok.length)));
                case 1 -> new byte[] {'{', '"', 'a', '"', ':', (byte) 0xC3, (byte) 0x28, '}'};
                case 2 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
                default -> "{\"a\":1,,}".getBytes(StandardCharsets.UTF_8);
            };
        }
        Map<String, Object> body = deepCopy((Map<String, Object>) valid);
        int mutations = 1 + r.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            mutateMap(body, r, 0);
        }
        return json.writeValueAsBytes(body);
    }

    @SuppressWarnings("unchecked")
    private static void mutateMap(Map<String, Object> body, Random r, int depth) {
        List<String> keys = new ArrayList<>(body.keySet());
        int action = r.nextInt(6);
        if (keys.isEmpty() || action == 0) {
            body.put(r.nextBoolean() ? "unknownField" : "id", HOSTILE.get(r.nextInt(HOSTILE.size())).get());
            return;
        }
        String key = keys.get(r.nextInt(keys.size()));
        Object value = body.get(key);
        if (action == 1) {
            body.remove(key);
        } else if (value instanceof Map<?, ?> m && depth < 3 && r.nextBoolean()) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
            mutateMap(copy, r, depth + 1);
            body.put(key, copy);
        } else if (value instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> && depth < 3) {
            List<Object> copy = new ArrayList<>(l);
            int i = r.nextInt(copy.size());
            Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) copy.get(i));
            mutateMap(item, r, depth + 1);
            copy.set(i, item);
            body.put(key, copy);
        } else {
            body.put(key, HOSTILE.get(r.nextInt(HOSTILE.size())).get());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> x ? deepCopy((Map<String, Object>) x)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return out;
    }
}
