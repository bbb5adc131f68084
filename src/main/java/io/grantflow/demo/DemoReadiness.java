package io.grantflow.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is down while the demo's first load runs (the API answers 503 demo_loading meanwhile) and
 * when it failed (the log says why; the next start tries again). Up otherwise, also with a configured
 * database, where there is no demo.
 */
@Readiness
@ApplicationScoped
public class DemoReadiness implements HealthCheck {

    @Inject
    DemoLoading loading;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("demo data").withData("stage", loading.stage().name());
        return switch (loading.stage()) {
            case LOADING -> r.down().withData("percent", loading.percent()).withData("loading", loading.chapter()).build();
            case FAILED -> r.down().withData("failure", String.valueOf(loading.failure())).build();
            default -> r.up().build();
        };
    }
}
