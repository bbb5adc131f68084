package io.grantflow.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.shared.problem.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * While the demo's first load runs ({@link DemoLoading}), every request under {@code /api/} is answered
 * 503 {@code demo_loading} with {@code Retry-After} and the progress, before authentication (the
 * demo users' records are part of what is loading). Health, the OpenAPI document and Swagger UI answer
 * as usual. With a configured database the demo never loads and this route only passes requests on.
 */
@ApplicationScoped
public class DemoLoadingGate {

    /** Seconds a client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** Before Quarkus's authentication and every other route (only the body handler comes earlier). */
    private static final int ORDER = Integer.MIN_VALUE + 2;

    @Inject
    DemoLoading loading;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!loading.inProgress()) {
            context.next();
            return;
        }
        context.response().setStatusCode(503)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .end(body(problem(loading.percent(), loading.chapter(), context.request().path())));
    }

    /** The answer while loading: what is being loaded and how far it is. */
    static Problem problem(int percent, String chapter, String path) {
        return Problem.of(503, "demo_loading", "Service Unavailable", "the demo data is being loaded (" + percent + " %"
                        + (chapter == null || chapter.isEmpty() ? "" : ": " + chapter) + "); retry after "
                        + RETRY_AFTER_SECONDS + " s")
                .withInstance(path);
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
