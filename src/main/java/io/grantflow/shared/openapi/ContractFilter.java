package io.grantflow.shared.openapi;

import io.grantflow.shared.api.OnlyDeclaredQueryParameters;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.quarkus.security.Authenticated;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes the OpenAPI document say what the service answers, in one place rather than on every
 * operation (docs/api.md, "The contract"). Run once, when the document is built:
 * <ul>
 *   <li>the problem schema ({@code application/problem+json}) and, per operation, the error responses
 *       that follow from its shape: 400 when it reads a body, query parameters or an Idempotency-Key;
 *       401 everywhere (a public operation refuses invalid credentials too), 403 when it needs a role;
 *       413 when it reads a body; 404 when its path names a resource; 429 and
 *       503 everywhere; 403, 409 and 422 with their codes where the resource method declares them
 *       ({@link Problems}): only the code knows which rules an operation can break;</li>
 *   <li>an {@code operationId} of a verb and a noun, from the resource method's name and its resource's
 *       name ({@link #operationId}) unless the method gives one with {@code @Operation(operationId)}; the build
 *       fails on a duplicate; and a description (summary, roles, Idempotency-Key);</li>
 *   <li>one bearer security scheme (roles are not OAuth scopes: they go into the description);</li>
 *   <li>{@code page} and {@code size} as integers with their bounds; {@code Idempotency-Key} required
 *       with its form; every property and every component schema nullable, since the API writes absent
 *       values as {@code null}.</li>
 * </ul>
 * Demo mode adds HTTP Basic at run time ({@link DemoSecurityFilter}).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class ContractFilter implements OASFilter {

    /** The security scheme every protected operation requires. */
    public static final String BEARER = "bearer";
    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String VIOLATION_REF = "#/components/schemas/Violation";
    /** What the page resources return (Qute's {@code TemplateInstance}): not part of the API. */
    private static final String PAGE_SCHEMA = "TemplateInstance";

    /** The statuses every operation can answer, whatever its shape. */
    private static final Map<String, String> ALWAYS = Map.of(
            "429", "rate_limited: too many requests that were not successfully authenticated from this address; "
                    + "retry after Retry-After seconds",
            "503", "overloaded: the service could not take the request in time; nothing was written, "
                    + "retry after Retry-After seconds (with the same Idempotency-Key). In demo mode also "
                    + "demo_loading: the demo data is still being loaded after the first start (its progress in "
                    + "detail); retry after Retry-After seconds; or demo_failed: the demo could not be loaded, a "
                    + "restart loads it again");

    /** Ids given with {@code @Operation(operationId)}, to the method's {@code package.Class_method}. */
    private final Map<String, String> explicitIds = new HashMap<>();

    /** SmallRye passes the application's index to a filter that takes one (OpenApiProcessor.getFilter). */
    public ContractFilter(IndexView index) {
        for (AnnotationInstance annotation : index.getAnnotations(DotName.createSimple(
                org.eclipse.microprofile.openapi.annotations.Operation.class))) {
            AnnotationValue id = annotation.value("operationId");
            if (id != null && !id.asString().isBlank() && annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                MethodInfo method = annotation.target().asMethod();
                explicitIds.put(id.asString(), method.declaringClass().name().toString() + "_" + method.name());
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        // the document describes the API; the pages (docs/web.md) answer HTML at other paths, and the schema
        // SmallRye derives from their return type is used by nothing else
        api.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith("/api/")).toList()
                .forEach(path -> api.getPaths().removePathItem(path));
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().removeSchema(PAGE_SCHEMA);
        }
        schemas(api);
        securityScheme(api);
        Set<String> operationIds = new LinkedHashSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                operation(path.getKey(), entry.getKey(), operation);
                if (!operationIds.add(operation.getOperationId())) {
                    throw new IllegalStateException("operationId '" + operation.getOperationId()
                            + "' is not unique (" + entry.getKey() + " " + path.getKey() + "): give the resource "
                            + "method @Operation(operationId = ...)");
                }
            }
        }
    }

    private static void schemas(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Violation", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One broken rule")
                .addProperty("field", string("A JSON path such as deadlines[1].at, a query parameter or a "
                        + "header; null for the whole request").addType(Schema.SchemaType.NULL))
                .addProperty("code", string("Stable code of the rule (docs/api.md)"))
                .addProperty("message", string("What is wrong, in English"))
                .required(List.of("code", "message")));
        api.getComponents().addSchema(PROBLEM, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem (application/problem+json). Empty members are left out.")
                .addProperty("type", string("https://grantflow.io/problems/{code}"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("The HTTP status"))
                .addProperty("code", string("Stable code (docs/api.md), e.g. insufficient_funds"))
                .addProperty("detail", string("What happened in this case"))
                .addProperty("instance", string("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Every broken rule at once")
                        .items(OASFactory.createSchema().ref(VIOLATION_REF)))
                .required(List.of("type", "title", "status", "code"))
                .example(Map.of("type", "https://grantflow.io/problems/insufficient_funds",
                        "title", "The request breaks business rules", "status", 422, "code", "insufficient_funds",
                        "detail", "the amount exceeds what the account has left",
                        "instance", "/api/payments",
                        "violations", List.of(Map.of("field", "amount", "code", "insufficient_funds",
                                "message", "EUR 500000.00 requested, EUR 400000.00 available")))));
        for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
            if (schema.getKey().equals(PROBLEM) || schema.getKey().equals("Violation")) {
                continue;
            }
            nullable(schema.getValue());
            Map<String, Schema> properties = schema.getValue().getProperties();
            if (properties != null) {
                properties.values().forEach(ContractFilter::nullable);
            }
        }
    }

    /**
     * The API writes an absent value as {@code null}: every property may be null. A property that refers to
     * another schema stays a plain reference (validators ignore {@code nullable} beside {@code allOf}); the
     * schemas it refers to are nullable themselves.
     */
    private static void nullable(Schema schema) {
        if (schema.getRef() == null && schema.getType() != null && !schema.getType().isEmpty()
                && !schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.addType(Schema.SchemaType.NULL);
        }
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static void securityScheme(OpenAPI api) {
        Map<String, SecurityScheme> schemes = new TreeMap<>();
        schemes.put(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT of the identity provider; roles (officer, applicant, evaluator, sme) in the "
                        + "groups claim (docs/api.md, Authentication)"));
        api.getComponents().setSecuritySchemes(schemes);
    }

    private void operation(String path, PathItem.HttpMethod method, Operation operation) {
        java.lang.reflect.Method resourceMethod = resourceMethod(operation.getOperationId());
        List<String> roles = roles(resourceMethod);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
        }
        operation.setOperationId(operationId(operation.getOperationId()));

        boolean readsInput = operation.getRequestBody() != null;
        boolean pathNamesResource = false;
        boolean idempotent = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                switch (parameter.getIn()) {
                    case QUERY -> {
                        readsInput = true;
                        if (parameter.getName().equals("page")) {
                            parameter.schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                    .format("int32").minimum(java.math.BigDecimal.ONE).defaultValue(1))
                                    .description("Page number, from 1");
                        } else if (parameter.getName().equals("size")) {
                            parameter.schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                    .format("int32").minimum(java.math.BigDecimal.ONE)
                                    .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE))
                                    .defaultValue(PageRequest.DEFAULT_SIZE))
                                    .description("Items per page, 1-" + PageRequest.MAX_SIZE);
                        }
                    }
                    case PATH -> pathNamesResource = true;
                    case HEADER -> {
                        if (parameter.getName().equalsIgnoreCase(Idempotency.HEADER)) {
                            idempotent = true;
                            readsInput = true;
                            parameter.required(true)
                                    .description("1-200 visible ASCII characters without spaces, e.g. a UUID. The "
                                            + "same key with the same body returns the first response "
                                            + "(Idempotency-Replayed: true); with another body 422 "
                                            + "idempotency_key_mismatch")
                                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                            .pattern("^[\\x21-\\x7E]{1,200}$")
                                            .example("4b7f2c1e-9d8a-4f3b-a6a1-2e5c0d9f7b31"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        description(operation, roles, secured, idempotent);
        responses(operation, readsInput, secured, !roles.isEmpty(), pathNamesResource, idempotent,
                resourceMethod == null ? null : resourceMethod.getAnnotation(Problems.class));
        if (resourceMethod != null && (resourceMethod.isAnnotationPresent(OnlyDeclaredQueryParameters.class)
                || resourceMethod.getDeclaringClass().isAnnotationPresent(OnlyDeclaredQueryParameters.class))) {
            APIResponse malformed = operation.getResponses().getAPIResponse("400");
            malformed.setDescription(malformed.getDescription() + "; unknown_parameter: a query parameter the "
                    + "operation does not take (every unknown name listed)");
        }
    }

    private static void description(Operation operation, List<String> roles, boolean secured, boolean idempotent) {
        if (operation.getDescription() != null && !operation.getDescription().isBlank()) {
            return;
        }
        StringBuilder text = new StringBuilder(operation.getSummary() == null ? "" : operation.getSummary());
        if (!text.isEmpty() && !text.toString().endsWith(".")) {
            text.append('.');
        }
        if (!roles.isEmpty()) {
            text.append(" Roles: ").append(String.join(", ", new LinkedHashSet<>(roles))).append('.');
        } else if (secured) {
            text.append(" Any authenticated user.");
        } else {
            text.append(" Public: no authentication needed.");
        }
        if (idempotent) {
            text.append(" Needs an Idempotency-Key: resending the same request returns the first response.");
        }
        operation.setDescription(text.toString().trim());
    }

    private static void responses(Operation operation, boolean readsInput, boolean secured, boolean roles,
                                  boolean pathNamesResource, boolean idempotent, Problems problems) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, String> standard = new LinkedHashMap<>();
        if (readsInput) {
            standard.put("400", idempotent
                    ? "malformed_request, malformed_json, invalid_query_parameter, idempotency_key_required or "
                    + "invalid_idempotency_key: the request itself is malformed (every violation listed)"
                    : "malformed_request, malformed_json or invalid_query_parameter: the request itself is malformed");
        } else {
            // RequestLimits refuses a control character in any path or query, whatever the operation
            standard.put("400", "malformed_request: a control character (e.g. U+0000) in the path or query");
        }
        if (operation.getRequestBody() != null) {
            standard.put("413", "body_too_large: the body is larger than the service accepts (1 MB; an upload: its "
                    + "own limit); refused before the application reads it");
        }
        if (problems != null && problems.tooLarge().length > 0) {
            standard.put("413", codes(problems.tooLarge()) + ": what was sent is larger than this operation takes; "
                    + "nothing was written");
        }
        if (problems != null && problems.unsupportedType().length > 0) {
            standard.put("415", codes(problems.unsupportedType()) + ": what was sent is of a type this operation does "
                    + "not take; nothing was written");
        }
        standard.put("401", secured
                ? "unauthenticated: no valid bearer token (or, in demo mode, demo user's Basic credentials)"
                : "unauthenticated: the request carries credentials that are not valid (this operation needs none)");
        if (roles) {
            standard.put("403", "forbidden: the caller's role does not allow this operation");
        }
        if (pathNamesResource) {
            standard.put("404", "not_found: the resource does not exist (or the caller may not see it)");
        }
        if (problems != null && problems.notFound().length > 0) {
            standard.merge("404", codes(problems.notFound()) + ": what the request names does not exist",
                    (a, b) -> a + "; " + b);
        }
        if (problems != null && problems.forbidden().length > 0) {
            standard.merge("403", codes(problems.forbidden()) + ": not allowed for this caller", (a, b) -> a + "; " + b);
        }
        if (problems != null && problems.conflict().length > 0) {
            standard.put("409", codes(problems.conflict()) + ": the request conflicts with the current state");
        }
        if (problems != null && problems.unprocessable().length > 0) {
            standard.put("422", codes(problems.unprocessable()) + ": business rules broken (every violation listed)");
        }
        if (idempotent) {
            standard.merge("422", "idempotency_key_mismatch: the Idempotency-Key was used with another body",
                    (a, b) -> a + "; " + b);
        }
        standard.putAll(ALWAYS);
        if (problems != null && problems.unavailable().length > 0) {
            standard.merge("503", codes(problems.unavailable()) + ": a service this act needs is down; nothing was "
                    + "written, retry after Retry-After seconds", (a, b) -> a + "; " + b);
        }
        for (Map.Entry<String, String> status : standard.entrySet()) {
            APIResponse existing = responses.getAPIResponse(status.getKey());
            String description = existing == null || isGenerated(existing.getDescription()) ? status.getValue()
                    : existing.getDescription() + "; " + status.getValue();
            // a fresh object: SmallRye shares response objects between operations
            responses.addAPIResponse(status.getKey(), OASFactory.createAPIResponse().description(description));
        }
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>());
        for (Map.Entry<String, APIResponse> entry : sorted.entrySet()) {
            APIResponse response = copy(entry.getValue());
            int status = entry.getKey().matches("\\d{3}") ? Integer.parseInt(entry.getKey()) : 0;
            if (status >= 400) {
                response.setContent(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
                if (status == 429 || status == 503) {
                    response.addHeader("Retry-After", header("Seconds to wait before retrying", Schema.SchemaType.INTEGER));
                }
            }
            if (status == 201 && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                response.addHeader("Location", header("The created resource", Schema.SchemaType.STRING));
            }
            if (idempotent && status >= 200 && status < 300) {
                response.addHeader("Idempotency-Replayed", header("true when this is the stored response of an "
                        + "earlier request with the same Idempotency-Key", Schema.SchemaType.STRING));
            }
            responses.addAPIResponse(entry.getKey(), response);
        }
    }

    private static APIResponse copy(APIResponse response) {
        APIResponse copy = OASFactory.createAPIResponse().description(response.getDescription())
                .content(response.getContent());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(copy::addHeader);
        }
        if (response.getLinks() != null) {
            response.getLinks().forEach(copy::addLink);
        }
        return copy;
    }

    /**
     * The resource method behind an operation: from SmallRye's {@code package.Class_method} id, or, for an id
     * given with {@code @Operation(operationId)}, from the annotation in the index.
     */
    private java.lang.reflect.Method resourceMethod(String id) {
        String generatedId = id == null || id.contains("_") ? id : explicitIds.get(id);
        if (generatedId == null) {
            return null;
        }
        String type = generatedId.substring(0, generatedId.lastIndexOf('_'));
        String name = generatedId.substring(generatedId.lastIndexOf('_') + 1);
        try {
            Class<?> resource = Class.forName(type, false, Thread.currentThread().getContextClassLoader());
            for (java.lang.reflect.Method m : resource.getDeclaredMethods()) {
                if (m.getName().equals(name) && !m.isSynthetic()) {
                    return m;
                }
            }
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The roles of {@code @RolesAllowed} on the method, else on its class. */
    private static List<String> roles(java.lang.reflect.Method method) {
        if (method == null) {
            return List.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && method.getAnnotation(PermitAll.class) == null
                && method.getAnnotation(Authenticated.class) == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : List.of(allowed.value());
    }

    private static String codes(String[] codes) {
        return String.join(", ", codes);
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    /** SmallRye's own placeholder descriptions, replaced by what the service really answers. */
    private static boolean isGenerated(String description) {
        return description == null || description.isBlank() || Set.of("Not Authorized", "Not Allowed", "Bad Request",
                "Not Found").contains(description);
    }

    /**
     * The operation's id, a verb followed by a noun as a generated client names its methods, from SmallRye's
     * {@code package.Class_method} (strategy PACKAGE_CLASS_METHOD) and the resource's name without
     * {@code Resource}: {@code list} takes the plural ({@code CallResource.list} → {@code listCalls}), another
     * one-word method the singular ({@code get} → {@code getCall}, {@code publish} → {@code publishCall}); a
     * method whose name is already a verb and a noun keeps it ({@code saveScores}). An id given with
     * {@code @Operation(operationId)}, where the rule would not give a good one, is kept.
     */
    static String operationId(String generated) {
        if (generated == null || !generated.contains("_")) {
            return generated;
        }
        String noun = resourceName(simpleName(generated.substring(0, generated.lastIndexOf('_'))));
        String method = generated.substring(generated.lastIndexOf('_') + 1);
        if (!method.equals(method.toLowerCase(Locale.ROOT))) {
            return method;
        }
        return method.equals("list") ? method + plural(noun) : method + noun;
    }

    /** The English plural of a resource's name: Call → Calls, Activity → Activities, Batch → Batches. */
    static String plural(String noun) {
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.matches(".*(s|x|z|ch|sh)")) {
            return noun + "es";
        }
        return noun + "s";
    }

    private static String simpleName(String type) {
        return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }

    private static String resourceName(String type) {
        return type.replaceFirst("Resources?$", "");
    }
}
