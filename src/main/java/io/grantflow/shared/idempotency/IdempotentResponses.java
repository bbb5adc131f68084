package io.grantflow.shared.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Turns a stored or fresh command result into the HTTP response; replays say so in a header. */
public final class IdempotentResponses {

    private IdempotentResponses() {
    }

    /**
     * The response; for a 201 with {@code Location: prefix + the body's idField}, so that a replay
     * points at the same resource as the first response.
     */
    public static Response of(Idempotency.Result result, String locationPrefix, String idField) {
        Response.ResponseBuilder response = Response.status(result.status()).type(MediaType.APPLICATION_JSON)
                .entity(result.body()).header("Idempotency-Replayed", String.valueOf(result.replayed()));
        if (result.status() == 201) {
            try {
                var id = MAPPER.readTree(result.body()).get(idField);
                if (id != null) {
                    response.location(java.net.URI.create(locationPrefix + id.asText()));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return response.build();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
}
