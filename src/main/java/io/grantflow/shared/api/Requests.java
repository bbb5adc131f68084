package io.grantflow.shared.api;

import io.grantflow.shared.problem.ApiException;

import java.util.List;

/** Small checks every resource makes on what it was sent. */
public final class Requests {

    private Requests() {
    }

    /** The request body, or a 400 when there is none. */
    public static <T> T body(T body) {
        if (body == null) {
            throw ApiException.badRequest("malformed_request", "the request needs a JSON body" , List.of());
        }
        return body;
    }

    /** A numeric id from the path; anything else names no resource (404). */
    public static Long pathId(String id, String what) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(what, id);
        }
    }
}
