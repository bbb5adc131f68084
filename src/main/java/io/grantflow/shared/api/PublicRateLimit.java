package io.grantflow.shared.api;

import io.grantflow.shared.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit on the public (unauthenticated) endpoints, per client address: a token bucket of
 * {@code grantflow.rate-limit.public-per-minute} requests, refilled continuously; beyond it 429 with
 * Retry-After. Per node (each node counts its own clients); authenticated requests are not limited here.
 */
@Singleton
public class PublicRateLimit {

    @ConfigProperty(name = "grantflow.rate-limit.public-per-minute", defaultValue = "600")
    int perMinute;

    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        long now = System.nanoTime();
        double[] bucket = buckets.computeIfAbsent(client, k -> new double[] {perMinute, now});
        synchronized (bucket) {
            double refill = (now - bucket[1]) / 60e9 * perMinute;
            bucket[0] = Math.min(perMinute, bucket[0] + refill);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return null;
            }
        }
        if (buckets.size() > 100_000) {
            buckets.clear(); // a flood of addresses must not exhaust memory
        }
        return Response.status(429).type("application/problem+json").header("Retry-After", "1")
                .entity(Problem.of(429, "rate_limited", "Too Many Requests",
                        "at most " + perMinute + " unauthenticated requests per minute from one address"))
                .build();
    }
}
