package io.grantflow.webhooks.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A registered webhook endpoint.
 *
 * @param organisation null for the programme's endpoints
 * @param secret       the signing secret ({@code whsec_...}), in the answer of the registration only
 */
public record WebhookView(Long id, Long organisation, String url, List<String> events, boolean active, String createdBy,
                          Instant createdAt, Instant disabledAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "The signing secret: in the answer of the registration only")
                          String secret) {
}
