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

    /** Per client: [tokens in millionths of a request, instant of the last refill in nanoseconds]. */
    private final ConcurrentHashMap<String, long[]> buckets = new ConcurrentHashMap<>();

    private static final long ONE = 1_000_000L;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        long now = System.nanoTime();
        long capacity = perMinute * ONE;
        long[] bucket = buckets.computeIfAbsent(client, k -> new long[] {capacity, now});
        synchronized (bucket) {
            long elapsed = Math.min(now - bucket[1], 60_000_000_000L); // a full minute refills the bucket
            bucket[0] = Math.min(capacity, bucket[0] + elapsed * perMinute / 60_000L); // (ns × per-minute) / 60e9 × 1e6
            bucket[1] = now;
            if (bucket[0] >= ONE) {
                bucket[0] -= ONE;
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
