package io.grantflow.webhooks.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.notifications.domain.NotificationPublished;
import io.grantflow.webhooks.domain.WebhookDelivery;
import io.grantflow.webhooks.domain.WebhookEndpoint;
import io.grantflow.webhooks.domain.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The webhook outbox: in the transaction of each notified event, one delivery per active endpoint that
 * hears of it (the programme's hear every event, an organisation's those that concern it, each filtered by
 * its kinds), so that a message exists exactly when its event does. {@link WebhookSender} sends them.
 */
@ApplicationScoped
public class WebhookOutbox {

    /** A value that looks like an e-mail address is left out of payloads: they go to other systems. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhooksConfig config;

    private final SecureRandom random = new SecureRandom();

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublished(@Observes NotificationPublished event) {
        List<WebhookEndpoint> endpoints = WebhookEndpoint.listening(event.kind().name(), event.organisations());
        if (endpoints.isEmpty()) {
            return;
        }
        String payload = payload(event);
        for (WebhookEndpoint endpoint : endpoints) {
            new WebhookDelivery(endpoint.id, WebhookSignature.newMessageId(random), event.kind().name(), payload,
                    event.occurredAt(), config.retryWindow()).persist();
        }
    }

    /** {@code {"type", "timestamp", "data": {"reference", the parameters as plain values}}}. */
    static String payload(NotificationPublished event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", event.reference());
        event.params().forEach((stored, value) -> {
            String name = NotificationParams.key(stored).getKey();
            if (value != null && !EMAIL.matcher(value).find() && !name.equals("reference")) {
                data.put(name, value);
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.kind().name());
        body.put("timestamp", timestamp(event.occurredAt()));
        body.put("data", data);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String timestamp(Instant at) {
        return at.toString();
    }
}
