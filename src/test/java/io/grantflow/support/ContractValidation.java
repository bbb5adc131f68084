package io.grantflow.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Checks every REST Assured request and response of every {@code @QuarkusTest} against the OpenAPI
 * document the service serves ({@code /q/openapi}), with Atlassian's swagger-request-validator: a response
 * the document does not describe (an undeclared status, a field of the wrong type, a missing problem
 * schema) fails the test that received it, and so does a request the document does not allow, except in
 * tests marked {@link SendsInvalidRequests} (their responses are still checked). Installed for all
 * {@code @QuarkusTest} classes through {@code META-INF/services}; docs/api.md, "The contract".
 *
 * <p>Credentials are not checked here (REST Assured adds them after the filters see a request; who may call
 * what is {@code AuthorizationMatrixTest}'s subject). {@code -Dopenapi.validation=report} records mismatches in
 * {@code target/openapi-mismatches.txt} instead of failing; the totals are written to
 * {@code target/openapi-validation.txt} when the JVM ends.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    static final AtomicLong REQUESTS = new AtomicLong();
    static final AtomicLong RESPONSES = new AtomicLong();
    static final AtomicLong MISMATCHES = new AtomicLong();
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("openapi.validation"));
    private static final Path MISMATCH_FILE = Path.of("target", "openapi-mismatches.txt");

    private static volatile OpenApiInteractionValidator validator;
    private static volatile String validatorFor;
    private static volatile boolean requestsChecked = true;
    private static volatile String currentTest = "";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractValidation::writeTotals));
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Class<?> testClass = context.getTestInstance().getClass();
        requestsChecked = !marked(testClass) && !marked(context.getTestMethod());
        currentTest = testClass.getSimpleName() + "." + context.getTestMethod().getName();
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof Check)) {
            RestAssured.filters(new Check());
        }
    }

    /** Whether the element carries {@link SendsInvalidRequests} (compared by name: class loaders differ). */
    private static boolean marked(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals(SendsInvalidRequests.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The validator for the application under test at {@code base} (fetched once per application). */
    private static OpenApiInteractionValidator validator(String base) {
        if (validator == null || !base.equals(validatorFor)) {
            synchronized (ContractValidation.class) {
                if (validator == null || !base.equals(validatorFor)) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document(base))
                            // who may call what is the security tests' subject (AuthorizationMatrixTest); REST
                            // Assured adds its credentials after the filters see the request
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.security.invalid", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                    validatorFor = base;
                }
            }
        }
        return validator;
    }

    /** The served document, fetched beside REST Assured so that fetching it is not itself validated. */
    public static String document(String base) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The REST Assured filter: sends the request, then checks both sides. */
    static final class Check implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                               FilterContext context) {
            Response response = context.next(request, responseSpec);
            URI uri = URI.create(request.getURI());
            if (uri.getPath() == null || !uri.getPath().startsWith("/api/") || RestAssured.port != uri.getPort()) {
                return response;
            }
            String base = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
            OpenApiInteractionValidator validator = validator(base);
            Request validated = RestAssuredRequest.of(request);
            StringBuilder problems = new StringBuilder();
            if (requestsChecked) {
                REQUESTS.incrementAndGet();
                ValidationReport report = validator.validateRequest(validated);
                boolean multipart = !request.getMultiPartParams().isEmpty();
                List<ValidationReport.Message> errors = report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        // the validator does not see a multipart body (an upload): its parts are the test's to check
                        .filter(m -> !multipart || !m.getKey().equals("validation.request.body.missing"))
                        .toList();
                if (!errors.isEmpty()) {
                    problems.append("request: ").append(describe(errors));
                }
            }
            RESPONSES.incrementAndGet();
            ValidationReport report = validator.validateResponse(uri.getPath(), validated.getMethod(),
                    RestAssuredResponse.of(response));
            List<ValidationReport.Message> responseErrors = report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .filter(m -> !m.getKey().equals("validation.request.path.missing")) // no operation: nothing to describe
                    .toList();
            if (!responseErrors.isEmpty()) {
                problems.append(problems.isEmpty() ? "" : "; ").append("response ").append(response.statusCode())
                        .append(": ").append(describe(responseErrors));
            }
            if (!problems.isEmpty()) {
                MISMATCHES.incrementAndGet();
                String line = currentTest + ": " + request.getMethod() + " " + uri.getPath() + " -> " + problems;
                if (REPORT_ONLY) {
                    append(MISMATCH_FILE, line);
                } else {
                    throw new AssertionError("The OpenAPI document does not describe this exchange (docs/api.md, "
                            + "The contract): " + line + "\nresponse body: " + response.asString());
                }
            }
            return response;
        }
    }

    private static String describe(List<ValidationReport.Message> messages) {
        return messages.stream().map(m -> m.getKey() + " " + m.getMessage()).collect(Collectors.joining(" | "));
    }

    private static void writeTotals() {
        if (REQUESTS.get() + RESPONSES.get() == 0) {
            return;
        }
        append(Path.of("target", "openapi-validation.txt"), java.time.Instant.now() + " OpenAPI validation: "
                + REQUESTS.get() + " requests and " + RESPONSES.get() + " responses validated, "
                + MISMATCHES.get() + " mismatches");
    }

    private static synchronized void append(Path file, String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
