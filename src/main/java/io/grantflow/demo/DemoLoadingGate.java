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
 * While the demo's first load runs ({@link DemoLoading}), every request outside {@code /q/} (the API,
 * whatever form its path takes, e.g. with matrix parameters) is answered 503 {@code demo_loading} with
 * {@code Retry-After} and the progress, before authentication: nothing may read a half-built story or
 * write (user records on login included) while the business clock and the engine's clock are in the
 * past. After a load that failed, 503 {@code demo_failed} until a restart loads it again. Health, the
 * OpenAPI document and Swagger UI ({@code /q/}) answer as usual. With a configured database the route
 * is not installed.
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

    @Inject
    io.grantflow.shared.db.DemoMode demoMode;

    /** Only in demo mode: with a configured database no request pays for the gate. */
    void install(@Observes Router router) {
        if (demoMode.active()) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        DemoLoading.Stage stage = loading.stage();
        if (stage != DemoLoading.Stage.LOADING && stage != DemoLoading.Stage.FAILED || open(context.normalizedPath())) {
            context.next();
            return;
        }
        if (io.grantflow.shared.web.PagePaths.isPage(context.normalizedPath())) {
            page(context, stage);
            return;
        }
        var response = context.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (stage == DemoLoading.Stage.LOADING) {
            response.putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                    .end(body(problem(loading.percent(), loading.chapter(), context.request().path())));
        } else {
            response.end(body(failed(context.request().path())));
        }
    }

    /** Health, the OpenAPI document, Swagger UI and the pages' stylesheet stay open while the demo loads. */
    static boolean open(String path) {
        return path.equals("/q") || path.startsWith("/q/") || path.startsWith("/static/");
    }

    /** The answer while loading: what is being loaded and how far it is. */
    static Problem problem(int percent, String chapter, String path) {
        return Problem.of(503, "demo_loading", "Service Unavailable", "the demo data is being loaded (" + percent + " %"
                        + (chapter == null || chapter.isEmpty() ? "" : ": " + chapter) + "); retry after "
                        + RETRY_AFTER_SECONDS + " s")
                .withInstance(path);
    }

    /** The answer after a load that failed: nothing of it was kept; the log says why. */
    static Problem failed(String path) {
        return Problem.of(503, "demo_failed", "Service Unavailable", "the demo data could not be loaded (the service's "
                        + "log says why); nothing of it was kept: restart the service to load it again")
                .withInstance(path);
    }

    /**
     * The pages (outside {@code /api/} and {@code /q/}) get a short HTML page instead, which reloads itself
     * (no JavaScript) until the demo is there.
     */
    private void page(RoutingContext context, DemoLoading.Stage stage) {
        boolean loading = stage == DemoLoading.Stage.LOADING;
        String text = loading ? "The demo data is being loaded (" + loadingPercent() + " %). This page reloads by itself."
                : "The demo data could not be loaded; the service's log says why. Restart the service to load it again.";
        var response = context.response().setStatusCode(503).putHeader("Content-Type", "text/html;charset=UTF-8");
        if (loading) {
            response.putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        response.end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (loading ? "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">" : "")
                + "<title>Grantflow</title><link rel=\"stylesheet\" href=\"/static/grantflow.css\"></head><body>"
                + "<main class=\"wrap\"><h1>Grantflow</h1><p class=\"lead\">" + text + "</p></main></body></html>");
    }

    private int loadingPercent() {
        return loading.percent();
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
