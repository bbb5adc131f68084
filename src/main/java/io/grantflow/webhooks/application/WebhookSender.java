package io.grantflow.webhooks.application;

import io.grantflow.shared.problem.Violation;
import io.grantflow.webhooks.domain.WebhookDelivery;
import io.grantflow.webhooks.domain.WebhookEndpoint;
import io.grantflow.webhooks.domain.WebhookSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drains the webhook outbox. Each batch is taken in its own transaction with {@code FOR UPDATE SKIP LOCKED},
 * so that two nodes never send the same delivery at once; its requests go out together and each result is
 * recorded in the transaction that holds the row. A 2xx is DELIVERED; another status (redirects are not
 * followed) or no answer is tried again after {@link io.grantflow.webhooks.domain.RetrySchedule} until the
 * delivery's {@code give_up_at}, then FAILED. The URL is checked again before every attempt (a name may now
 * resolve to a private address). Every time decision reads the business {@link Clock}.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    static final int BATCH = 20;
    static final String USER_AGENT = "Grantflow-Webhooks/1";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhooksConfig config;

    @Inject
    WebhookUrls urls;

    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout()).build();
    }

    /** The result of one attempt: the status code (null without an answer) and, unless a 2xx, the error. */
    record Attempt(Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    @Scheduled(identity = "webhook-sender", every = "${grantflow.webhooks.poll-every:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warnf("Webhook sender: %s (the next run tries again)", e.toString());
        }
    }

    /** Sends every delivery due now, batch after batch; returns how many were handled. */
    public int drain() {
        int timeout = (int) config.connectTimeout().plus(config.requestTimeout()).toSeconds() + 60;
        int total = 0;
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().timeout(timeout).call(() -> batch(clock.instant()));
            total += handled;
        } while (handled == BATCH);
        return total;
    }

    private int batch(Instant now) {
        @SuppressWarnings("unchecked")
        List<WebhookDelivery> due = em.createNativeQuery("select * from grantflow.webhook_delivery where status = 'PENDING' "
                        + "and next_attempt_at <= ?1 order by next_attempt_at, id limit ?2 for update skip locked",
                        WebhookDelivery.class)
                .setParameter(1, now).setParameter(2, BATCH).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, WebhookEndpoint> endpoints = WebhookEndpoint.<WebhookEndpoint>list("id in ?1",
                due.stream().map(d -> d.endpointId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<WebhookDelivery> sent = new ArrayList<>();
        List<CompletableFuture<Attempt>> attempts = new ArrayList<>();
        for (WebhookDelivery d : due) {
            WebhookEndpoint endpoint = endpoints.get(d.endpointId);
            if (!endpoint.active()) {
                d.endpointDisabled();
                continue;
            }
            List<Violation> refused = urls.check(endpoint.url, "url");
            if (!refused.isEmpty()) {
                d.attemptFailed(null, "not sent: " + refused.stream().map(v -> v.code() + " (" + v.message() + ")")
                        .collect(Collectors.joining("; ")), now);
                continue;
            }
            sent.add(d);
            attempts.add(send(endpoint, d, now));
        }
        for (int i = 0; i < sent.size(); i++) {
            WebhookDelivery d = sent.get(i);
            Attempt attempt = attempts.get(i).join();
            if (attempt.delivered()) {
                d.delivered(attempt.statusCode(), clock.instant());
            } else {
                d.attemptFailed(attempt.statusCode(), attempt.error(), now);
                LOG.infof("Webhook %s to endpoint %d not delivered (attempt %d): %s", d.messageId, d.endpointId,
                        d.attempts, d.lastError);
            }
        }
        em.flush();
        return due.size();
    }

    private CompletableFuture<Attempt> send(WebhookEndpoint endpoint, WebhookDelivery d, Instant now) {
        long timestamp = now.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(endpoint.url.trim()))
                    .timeout(config.requestTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", USER_AGENT)
                    .header("webhook-id", d.messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(endpoint.secret, d.messageId, timestamp, d.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Attempt(null, "not sent: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? new Attempt(response.statusCode(), response.statusCode() / 100 == 2 ? null
                                : "HTTP " + response.statusCode())
                        : new Attempt(null, describe(failure)));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
