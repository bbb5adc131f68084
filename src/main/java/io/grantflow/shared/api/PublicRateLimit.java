package io.grantflow.shared.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.grantflow.shared.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limit on requests that are not successfully authenticated (no credentials, or credentials
 * that do not verify: a garbage {@code Authorization} header counts like none), per client address: a
 * Bucket4j token bucket of {@code grantflow.rate-limit.public-per-minute} requests, refilled greedily;
 * beyond it 429 {@code rate_limited} with Retry-After. Paths under {@code grantflow.rate-limit.exempt-paths}
 * (static assets) are not counted. The client address is the socket's; behind a proxy listed in
 * {@code quarkus.http.proxy.trusted-proxies} Quarkus substitutes the address that proxy forwards.
 * Time comes from the injected business {@link Clock}. Per node: each node counts its own clients.
 */
@Singleton
public class PublicRateLimit {

    /** Requests per minute and client address that are not successfully authenticated, per node. */
    @ConfigProperty(name = "grantflow.rate-limit.public-per-minute", defaultValue = "600")
    int perMinute;

    /** Path prefixes that are never counted: static assets of the web pages. */
    @ConfigProperty(name = "grantflow.rate-limit.exempt-paths", defaultValue = "/webjars/,/static/,/favicon.ico")
    List<String> exemptPaths;

    /** How many client addresses are remembered before the table is cleared (a bound against floods). */
    @ConfigProperty(name = "grantflow.rate-limit.max-clients", defaultValue = "100000")
    int maxClients;

    @Inject
    CurrentIdentityAssociation identities;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final TimeMeter time;

    @Inject
    public PublicRateLimit(Clock clock) {
        this.time = new ClockTimeMeter(clock);
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (exemptPaths.stream().anyMatch(path::startsWith)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onItemOrFailure()
                .transform((identity, failure) -> authenticated(identity, failure) ? null : take(client(http)));
    }

    private static boolean authenticated(SecurityIdentity identity, Throwable failure) {
        return failure == null && identity != null && !identity.isAnonymous();
    }

    private static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
    }

    private Response take(String client) {
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            buckets.clear(); // a flood of addresses must not exhaust memory
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", String.valueOf(retryAfter))
                .entity(Problem.of(429, "rate_limited", "Too Many Requests",
                        "at most " + perMinute + " unauthenticated requests per minute from one address; "
                                + "retry after " + retryAfter + " s or authenticate"))
                .build();
    }

    /**
     * Bucket4j's time from the business clock. A clock that steps back (NTP, or a test resetting its
     * clock) neither refills nor freezes the buckets: time resumes from where it was.
     */
    static final class ClockTimeMeter implements TimeMeter {
        private final Clock clock;
        private long last = Long.MIN_VALUE;
        private long correction;

        ClockTimeMeter(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized long currentTimeNanos() {
            Instant now = clock.instant();
            long raw = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            if (last != Long.MIN_VALUE && raw < last) {
                correction += last - raw;
            }
            last = raw;
            return raw + correction;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
