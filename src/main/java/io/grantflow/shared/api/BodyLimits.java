package io.grantflow.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.shared.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * How large a request body may be, per route: {@code grantflow.http.max-body-size} (1 MB) for every body but
 * the document uploads ({@code grantflow.http.upload-paths}), which take {@code grantflow.documents.max-size}
 * (20 MB) plus {@link #ENVELOPE} for their multipart envelope. The HTTP layer's own ceiling
 * ({@code quarkus.http.limits.max-body-size}) is the largest of these, so that uploads pass it; this class keeps
 * the other routes at their limit:
 * <ul>
 *   <li>a body whose {@code Content-Length} is above its route's limit is refused before anything reads it:
 *   413 {@code body_too_large} (an upload: {@code document_too_large}), problem+json, and the connection is
 *   closed, so the client's remaining bytes are never read;</li>
 *   <li>a body without a length (chunked) is counted as it is read: the route's limit replaces the HTTP layer's
 *   ceiling for the blocking reader of the request ({@value #READ_LIMIT_KEY}), which refuses it with 413 once
 *   it is passed; an upload's multipart parser stops at the ceiling, and the upload checks the file's size.</li>
 * </ul>
 */
@ApplicationScoped
public class BodyLimits {

    public static final String BODY_TOO_LARGE = "body_too_large";
    public static final String UPLOAD_TOO_LARGE = "document_too_large";

    /** What an upload's multipart envelope (boundaries, headers, the other fields) may add to the file. */
    public static final long ENVELOPE = 1024 * 1024;

    /** The routing-context key Quarkus's blocking body reader takes its limit from (set by Quarkus at order -2). */
    static final String READ_LIMIT_KEY = "io.quarkus.max-request-size";

    @ConfigProperty(name = "grantflow.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "grantflow.documents.max-size", defaultValue = "20M")
    MemorySize maxDocumentSize;

    @ConfigProperty(name = "grantflow.http.upload-paths", defaultValue = "/api/documents,/my/documents")
    List<String> uploadPaths;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseByLength);
        router.route().order(-1).handler(this::limitReading);
    }

    /** Whether {@code path} takes uploads (a POST of a document). */
    public boolean isUpload(String method, String path) {
        return "POST".equals(method) && path != null && uploadPaths.contains(path);
    }

    /** The largest body a request to this route may send. */
    public long limit(String method, String path) {
        return isUpload(method, path) ? maxDocumentSize.asLongValue() + ENVELOPE : maxBodySize.asLongValue();
    }

    private void refuseByLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String method = context.request().method().name();
        String path = context.normalizedPath();
        long declared = parse(length);
        long limit = limit(method, path);
        if (declared <= limit) {
            context.next();
            return;
        }
        boolean upload = isUpload(method, path);
        Problem problem = Problem.of(413, upload ? UPLOAD_TOO_LARGE : BODY_TOO_LARGE, "Content Too Large",
                (upload ? "a document is at most " + maxDocumentSize.asLongValue() + " bytes" : "a request body is at most "
                        + limit + " bytes") + "; this one announces " + declared + ". Nothing was written").withInstance(path);
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body(problem));
    }

    private void limitReading(RoutingContext context) {
        if (isUpload(context.request().method().name(), context.normalizedPath())) {
            // the multipart parser counts an upload against the HTTP layer's ceiling and refuses it with 413 (a
            // problem, ProblemMappers); the blocking reader's own refusal would end the response without one
            context.put(READ_LIMIT_KEY, -1L);
        } else {
            context.put(READ_LIMIT_KEY, maxBodySize.asLongValue());
        }
        context.next();
    }

    /** Whether {@code path} is an upload route (whatever the method): its 413 is {@value #UPLOAD_TOO_LARGE}. */
    public boolean isUploadPath(String path) {
        return path != null && uploadPaths.contains(path);
    }

    /** The code of a 413 at {@code path}. */
    public String tooLargeCode(String path) {
        return isUploadPath(path) ? UPLOAD_TOO_LARGE : BODY_TOO_LARGE;
    }

    private static long parse(String length) {
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
