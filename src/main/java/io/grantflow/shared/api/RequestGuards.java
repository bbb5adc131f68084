package io.grantflow.shared.api;

import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/** Refuses paths and query parameters carrying U+0000 before they reach a query (PostgreSQL cannot hold it). */
public class RequestGuards {

    @ServerRequestFilter(preMatching = true)
    public void noNulCharacters(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0 || hasNul(request.getUriInfo().getQueryParameters())) {
            throw DomainException.malformed("malformed_request", "the request's path or query contains U+0000",
                    List.of(new Violation(null, "control_character", "U+0000 is not allowed")));
        }
    }

    private static boolean hasNul(MultivaluedMap<String, String> params) {
        for (var e : params.entrySet()) {
            if (e.getKey().indexOf('\u0000') >= 0) {
                return true;
            }
            for (String v : e.getValue()) {
                if (v != null && v.indexOf('\u0000') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
