package io.grantflow.shared.idempotency;

import io.grantflow.shared.idempotency.Idempotency;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Turns a stored or fresh command result into the HTTP response; replays say so in a header. */
public final class IdempotentResponses {

    private IdempotentResponses() {
    }

    public static Response of(Idempotency.Result result) {
        return Response.status(result.status()).type(MediaType.APPLICATION_JSON).entity(result.body())
                .header("Idempotency-Replayed", String.valueOf(result.replayed())).build();
    }
}
