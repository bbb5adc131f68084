package io.grantflow.support;

import io.restassured.response.Response;

import java.util.function.Supplier;

/**
 * A client's answer to 503 {@code overloaded}: the service could not take the request in time and
 * wrote nothing, so the same request (same body, same Idempotency-Key) is sent again after its
 * Retry-After. Tests that race many requests use it so that they assert the business outcome on a
 * loaded machine, never its speed; the bound only stops a hang.
 */
public final class Overloaded {

    private static final int MAX_RETRIES = 300;

    private Overloaded() {
    }

    /** Sends {@code request} (which must repeat the same key each time it is called) until it is not a 503. */
    public static Response retried(Supplier<Response> request) {
        Response r = request.get();
        for (int retry = 0; isOverloaded(r) && retry < MAX_RETRIES; retry++) {
            try {
                Thread.sleep(1000L * Math.max(1, Integer.parseInt(r.header("Retry-After"))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
            r = request.get();
        }
        return r;
    }

    public static boolean isOverloaded(Response r) {
        return r.statusCode() == 503 && r.header("Retry-After") != null
                && String.valueOf(r.contentType()).startsWith("application/problem+json");
    }
}
