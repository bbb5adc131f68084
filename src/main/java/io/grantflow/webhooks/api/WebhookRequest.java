package io.grantflow.webhooks.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A webhook to register.
 *
 * @param url          where events are POSTed: https, a public address
 * @param events       NotificationKind names, or {@code "*"} for every kind
 * @param organisation the organisation whose events it hears (the caller is a member); absent: the programme's
 *                     endpoint, which hears every event (officers only)
 */
public record WebhookRequest(
        @Schema(required = true, example = "https://erp.example.org/grantflow/webhooks") String url,
        @Schema(required = true, example = "[\"AWARDED\", \"TRANCHE_PAID\"]") List<String> events,
        @Schema(nullable = true, description = "absent: the programme's endpoint (officers)") Long organisation) {
}
