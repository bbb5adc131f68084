package io.grantflow.shared.openapi;

import io.grantflow.support.ContractValidation;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Spectral;
import io.grantflow.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The served OpenAPI document (docs/api.md, "The contract"): what ContractFilter derives is there, Spectral's
 * OpenAPI ruleset finds nothing, and outside demo mode only bearer tokens are declared. Every exchange of the
 * other API tests is checked against this document by {@link ContractValidation}.
 */
@QuarkusTest
class OpenApiContractTest {

    @TestHTTPResource("/")
    URL root;

    private JsonPath document() {
        return JsonPath.from(ContractValidation.document(base()));
    }

    private String base() {
        return root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
    }

    @Test
    void spectralsOpenApiRulesetReportsNoErrorAndNoWarning() throws Exception {
        Spectral.Result result = Spectral.lint(ContractValidation.document(base()), Path.of("target", "spectral"));
        assertThat(result.findings()).as("spectral lint of /q/openapi").isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void everyOperationHasAUniqueOperationIdADescriptionAndItsErrors() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                String id = (String) operation.get("operationId");
                assertThat(id).as(where).matches("[a-z][A-Za-z0-9]*");
                assertThat(ids.add(id)).as("operationId %s of %s is unique", id, where).isTrue();
                assertThat((String) operation.get("description")).as(where).isNotBlank();
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (String status : List.of("429", "503")) {
                    if (!responses.containsKey(status)) {
                        missing.add(where + " " + status);
                    }
                }
                if (path.getKey().contains("{") && !responses.containsKey("404")) {
                    missing.add(where + " 404");
                }
                if (operation.get("security") != null && !responses.containsKey("401")) {
                    missing.add(where + " 401");
                }
                for (var response : responses.entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(doc.getString("paths.'" + path.getKey() + "'." + op.getKey() + ".responses.'"
                                + response.getKey() + "'.content.'application/problem+json'.schema.$ref"))
                                .as(where + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
                    }
                    if (response.getKey().equals("201")) {
                        assertThat(doc.getMap("paths.'" + path.getKey() + "'." + op.getKey() + ".responses.'201'.headers"))
                                .as(where + " 201 Location").containsKey("Location");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(operations).isGreaterThan(80);
    }

    /** Names a generated client would not make sense of, once the filter's rule gave them. */
    private static final Set<String> WEAK_OPERATION_IDS = Set.of("of", "one", "find", "job", "table", "get", "list",
            "create");

    /** The verbs operationIds start with; a new one belongs here only if it says what the operation does. */
    private static final Set<String> VERBS = Set.of("accept", "agree", "answer", "approve", "assign", "award", "compute", "confirm",
            "create", "decide", "declare", "decline", "disable", "download", "export", "find", "get", "list", "publish",
            "reconcile", "register", "reject", "replace", "request", "retry", "save", "sign", "start", "submit",
            "terminate", "update", "upload", "validate", "verify", "withdraw");

    @Test
    void everyOperationIdIsAVerbFollowedByANoun() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> ids = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                String id = (String) op.getValue().get("operationId");
                ids.add(id);
                assertThat(id).as(where).matches("^[a-z]+[A-Z][A-Za-z0-9]*$").isNotIn(WEAK_OPERATION_IDS);
                assertThat(id.split("(?=[A-Z])")[0]).as("the verb of %s (%s)", id, where).isIn(VERBS);
            }
        }
        assertThat(ids).doesNotHaveDuplicates()
                .contains("listCalls", "getCall", "createCall", "publishCall", "listOpenCalls", "getOpenCall",
                        "submitApplication", "createPaymentOrder", "approvePaymentOrder", "getMe", "saveScores");
    }

    /** The main operations: their requests and answers carry an example of the demo (META-INF/openapi.yaml). */
    private static final Set<String> WITH_REQUEST_EXAMPLE = Set.of("createCall", "saveScores", "createPaymentOrder",
            "submitApplication");
    private static final Set<String> WITH_RESPONSE_EXAMPLE = Set.of("createCall", "publishCall", "submitProposal",
            "saveScores", "createPaymentOrder", "approvePaymentOrder", "submitApplication", "getMe", "getOpenCall",
            "listOpenCalls");

    @Test
    void theMainRequestsAndAnswersCarryAnExampleAndEveryExampleIsUsed() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> requests = new HashSet<>();
        Set<String> responses = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                String at = "paths.'" + path.getKey() + "'." + op.getKey();
                String id = (String) op.getValue().get("operationId");
                List<String> request = examples(doc, at + ".requestBody.content.'application/json'.examples");
                String success = doc.<String, Object>getMap(at + ".responses").keySet().stream()
                        .filter(status -> status.startsWith("2")).findFirst().orElseThrow();
                List<String> response = examples(doc, at + ".responses.'" + success + "'.content.'application/json'"
                        + ".examples");
                if (!request.isEmpty()) {
                    requests.add(id);
                }
                if (!response.isEmpty()) {
                    responses.add(id);
                }
                used.addAll(request);
                used.addAll(response);
            }
        }
        assertThat(requests).containsAll(WITH_REQUEST_EXAMPLE);
        assertThat(responses).containsAll(WITH_RESPONSE_EXAMPLE);
        assertThat(used).as("every example of components.examples is used").isEqualTo(
                doc.getMap("components.examples").keySet());
        for (String name : used) {
            assertThat(doc.<Object>get("components.examples." + name + ".value")).as(name).isNotNull();
        }
        // the demo's figures, as the worked examples of docs/ show them
        assertThat(doc.getString("components.examples.createPaymentOrderRequest.value.amount")).isEqualTo("80000.00");
        assertThat(doc.getString("components.examples.getMeResponse.value.organisations[0].legalName"))
                .isEqualTo("Flanders Hydrogen Cluster vzw");
    }

    /** The names of the component examples an {@code examples} map refers to (none where there is no map). */
    private static List<String> examples(JsonPath doc, String at) {
        Map<String, Map<String, String>> examples = doc.getMap(at);
        if (examples == null) {
            return List.of();
        }
        return examples.values().stream().map(example -> {
            assertThat(example).as(at + " refers to components.examples").containsKey("$ref");
            return example.get("$ref").substring("#/components/examples/".length());
        }).toList();
    }

    /** Query parameters that filter by a closed set: named so on every operation that has one. */
    private static final Set<String> ENUMERATED_FILTERS = Set.of("status", "tag", "sector", "instrument", "format",
            "typeOfSupport");
    private static final Set<String> BOOLEAN_FILTERS = Set.of("overdue", "belowTrajectory");

    /**
     * Every query filter by a closed set declares its values, and the service agrees with the document: each
     * declared value is taken (not a 400), another is a 400 naming the parameter and the allowed values.
     */
    @SendsInvalidRequests("a value outside each declared enum, to see it refused")
    @Test
    void queryFiltersByAClosedSetDeclareTheValuesTheServiceTakes() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Map<String, List<String>> declared = new TreeMap<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getValue().get("parameters");
                for (Map<String, Object> parameter : parameters == null ? List.<Map<String, Object>>of() : parameters) {
                    String name = (String) parameter.get("name");
                    if (!"query".equals(parameter.get("in"))) {
                        continue;
                    }
                    String where = op.getKey().toUpperCase() + " " + path.getKey() + " ?" + name;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> schema = resolve(doc, (Map<String, Object>) parameter.get("schema"));
                    if (ENUMERATED_FILTERS.contains(name)) {
                        @SuppressWarnings("unchecked")
                        List<String> values = (List<String>) schema.get("enum");
                        assertThat(values).as(where + " declares its values").isNotEmpty();
                        declared.put(op.getKey() + " " + path.getKey() + " " + name, values);
                    } else if (BOOLEAN_FILTERS.contains(name)) {
                        assertThat(schema.get("type")).as(where).isEqualTo("boolean");
                        declared.put(op.getKey() + " " + path.getKey() + " " + name, List.of("true", "false"));
                    }
                }
            }
        }
        assertThat(declared.keySet()).contains("get /api/calls status", "get /api/calls tag",
                "get /api/payments status", "get /api/grants status", "get /api/open-calls/{id}/applications status",
                "get /api/open-calls sector", "get /api/open-calls instrument", "get /api/open-calls typeOfSupport", "get /api/exports/{kind} status",
                "get /api/exports/{kind} format", "get /api/calls/{identifier}/evaluations overdue",
                "get /api/budgets/grants belowTrajectory");
        assertThat(declared.get("get /api/calls status")).containsExactly("DRAFT", "FORTHCOMING", "OPEN", "CLOSED");
        assertThat(declared.get("get /api/calls tag")).contains("RENEWABLE_ENERGY", "TOURISM", "SME_INTERNATIONALISATION");

        for (var filter : declared.entrySet()) {
            String[] key = filter.getKey().split(" ");
            String path = key[1].replace("{identifier}", "NO-SUCH-CALL").replace("{id}", "987654321")
                    .replace("{kind}", "payments");
            for (String value : filter.getValue()) {
                int status = given().auth().oauth2(Tokens.officer()).queryParam(key[2], value).get(path).statusCode();
                assertThat(status).as("%s=%s is taken", filter.getKey(), value).isNotEqualTo(400);
            }
            given().auth().oauth2(Tokens.officer()).queryParam(key[2], "NOT_A_VALUE").get(path)
                    .then().statusCode(400).body("code", equalTo("invalid_query_parameter"))
                    .body("violations.field", hasItem(key[2]))
                    .body("violations.message", hasItem(containsString(filter.getValue().get(0))));
        }
    }

    /** A schema, or the component schema it refers to. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(JsonPath doc, Map<String, Object> schema) {
        Object ref = schema == null ? null : schema.get("$ref");
        if (ref == null) {
            return schema == null ? Map.of() : schema;
        }
        String name = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
        return doc.getMap("components.schemas.'" + name + "'");
    }

    @Test
    void amountsAreStringsWithTwoDecimalsAndProblemsHaveTheirShape() {
        JsonPath doc = document();
        assertThat(doc.getString("components.schemas.Money.type")).isEqualTo("string");
        assertThat(doc.getString("components.schemas.Money.pattern")).isEqualTo("^-?[0-9]{1,13}\\.[0-9]{2}$");
        assertThat(doc.getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "code", "violations");
        assertThat(doc.getString("paths.'/api/payments'.post.parameters.find { it.name == 'Idempotency-Key' }.required"))
                .isEqualTo("true");
        assertThat(doc.getString("paths.'/api/payments'.get.parameters.find { it.name == 'page' }.schema.type"))
                .isEqualTo("integer");
        assertThat(doc.getList("components.schemas.PaymentStatus.enum")).contains("PENDING_APPROVAL", "PAID");
        assertThat(doc.getMap("paths.'/api/payments'.post.responses")).containsKeys("201", "400", "401", "403", "422");
    }

    @Test
    void outsideDemoModeOnlyBearerTokensAreDeclared() {
        JsonPath doc = document();
        assertThat(doc.getMap("components.securitySchemes")).containsOnlyKeys("bearer");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(doc.getList("paths.'/api/payments'.get.security")).isEqualTo(List.of(Map.of("bearer", List.of())));
        assertThat(doc.getList("paths.'/api/calls'.get.security")).isNull();
    }
}
