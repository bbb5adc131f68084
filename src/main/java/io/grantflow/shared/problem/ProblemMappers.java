package io.grantflow.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.grantflow.shared.db.DemoMode;
import io.grantflow.shared.web.ErrorPages;
import io.grantflow.shared.web.PagePaths;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * The one place where failures become {@code application/problem+json}. No response ever
 * carries a Java class name or a stack trace; unexpected failures are logged with an id that
 * the response repeats. Failures on page paths (outside {@code /api/} and {@code /q/}) become
 * HTML error pages instead ({@link ErrorPages}), with the same status.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    DemoMode demoMode;

    @Inject
    ErrorPages errorPages;

    /** Pages answer a missing or failed sign-in with the way to sign in, not with a 401. */
    @Inject
    io.grantflow.shared.security.PageSignIn pageSignIn;

    /** Seconds an overloaded service asks clients to wait before retrying (Retry-After of a 503). */
    @ConfigProperty(name = "grantflow.overload.retry-after-seconds", defaultValue = "1")
    int overloadRetryAfterSeconds;

    @Inject
    io.grantflow.shared.api.BodyLimits bodyLimits;

    /** The one place a business failure's kind becomes an HTTP status. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        if (e.kind() == DomainException.Kind.UNAVAILABLE && !PagePaths.isPage(uri.getPath())) {
            return Response.fromResponse(respond(toProblem(e), uri))
                    .header("Retry-After", String.valueOf(overloadRetryAfterSeconds)).build();
        }
        return respond(toProblem(e), uri);
    }

    public static Problem toProblem(DomainException e) {
        Problem p = switch (e.kind()) {
            case MALFORMED -> Problem.of(400, e.code(), "Malformed request", e.getMessage());
            case NOT_FOUND -> Problem.of(404, e.code(), "Not found", e.getMessage());
            case FORBIDDEN -> Problem.of(403, e.code(), "Forbidden", e.getMessage());
            case CONFLICT -> Problem.of(409, e.code(), "Conflict with the current state", e.getMessage());
            case RULE_BROKEN -> Problem.of(422, e.code(), "The request breaks business rules", e.getMessage());
            case TOO_LARGE -> Problem.of(413, e.code(), "Content Too Large", e.getMessage());
            case UNSUPPORTED_TYPE -> Problem.of(415, e.code(), "Unsupported Media Type", e.getMessage());
            case UNAVAILABLE -> Problem.of(503, e.code(), "Service Unavailable", e.getMessage());
        };
        return p.withViolations(e.violations());
    }

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
        String field = path(e);
        return respond(Problem.of(400, "malformed_request", "Malformed request",
                        "the request has a field the API does not accept: " + field)
                .withViolations(List.of(new Violation(field, "unknown_field",
                        "unknown or read-only field '" + e.getPropertyName() + "'"))), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return mismatch(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return mismatch(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = path(e);
        return respond(Problem.of(400, "malformed_request", "Malformed request",
                        "the request body could not be read at " + field)
                .withViolations(List.of(new Violation(field, "invalid_value", cleanMessage(e)))), uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return pageSignIn.instead(uri).orElseGet(() -> unauthenticated(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return pageSignIn.instead(uri).orElseGet(() -> unauthenticated(uri));
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return pageSignIn.instead(uri).orElseGet(() -> unauthenticated(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "your role does not allow this operation"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof UnrecognizedPropertyException u) {
            return unrecognized(u, uri);
        }
        if (e.getCause() instanceof MismatchedInputException m) {
            return mismatch(m, uri);
        }
        if (e.getCause() instanceof JsonMappingException m) {
            return jsonMapping(m, uri);
        }
        if (e.getCause() instanceof JsonProcessingException j) {
            return malformedJson(j, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String code = switch (status) {
            case 400 -> "malformed_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> bodyLimits.tooLargeCode(uri.getPath());
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
        if (status == 401) {
            return unauthenticated(uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "no resource at " + uri.getPath() : title;
        return respond(Problem.of(status, code, title, detail), uri);
    }

    /**
     * A concurrent request won a race the database settled (a unique index, an optimistic version,
     * a deadlock): nothing of this request was written; the client may retry. Other constraint
     * violations (check, not null) mean a rule the application missed: they stay 500 incidents.
     */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class,
            org.hibernate.exception.LockAcquisitionException.class})
    public Response concurrentChange(Exception e, UriInfo uri) {
        LOG.infof("Concurrent change at %s: %s", uri.getPath(), e.getMessage());
        return respond(Problem.of(409, "concurrent_change", "Conflict",
                "a concurrent change conflicts with this request; nothing was written, try again"), uri);
    }

    /**
     * The service could not take the request in time (connection pool exhausted, queue full): 503 with
     * Retry-After; nothing was written, so a retry with the same Idempotency-Key gets exactly one result.
     */
    private Response overloaded(Throwable e, UriInfo uri) {
        LOG.warnf("Overloaded at %s: %s", uri.getPath(), e.getMessage());
        if (PagePaths.isPage(uri.getPath())) {
            return Response.fromResponse(errorPages.render(503, null))
                    .header("Retry-After", String.valueOf(overloadRetryAfterSeconds)).build();
        }
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", String.valueOf(overloadRetryAfterSeconds))
                .entity(Problem.of(503, "overloaded", "Service Unavailable",
                                "the service could not take this request in time; nothing was written, retry after "
                                        + overloadRetryAfterSeconds + " s (with the same Idempotency-Key)")
                        .withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Overload.causedBy(e)) {
            return overloaded(e, uri);
        }
        if (tooLargeWhileRead(e)) {
            // the body passed its route's limit while it was read (BodyLimits): the reader already answered 413
            LOG.infof("Body too large at %s", uri.getPath());
            return respond(Problem.of(413, bodyLimits.tooLargeCode(uri.getPath()), "Content Too Large",
                    "the body is larger than this route takes; nothing was written"), uri);
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return concurrentChange((Exception) cause, uri);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s, at %s", incident, uri.getPath());
        if (PagePaths.isPage(uri.getPath())) {
            return errorPages.render(500, incident);
        }
        return respond(Problem.of(500, "internal_error", "Internal error",
                "the request failed unexpectedly; incident " + incident + " is logged"), uri);
    }

    /** Quarkus's blocking body reader refused a body above the request's limit. */
    private static boolean tooLargeWhileRead(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.io.IOException && "Request too large".equals(c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private Response mismatch(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        if (field.isEmpty()) {
            return respond(Problem.of(400, "malformed_request", "Malformed request",
                    "the request body is missing or is not the expected JSON object"), uri);
        }
        return respond(Problem.of(400, "malformed_request", "Malformed request",
                        "the value of " + field + " has the wrong form")
                .withViolations(List.of(new Violation(field, "invalid_value", cleanMessage(e)))), uri);
    }

    private Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(Problem.of(400, "malformed_json", "Malformed JSON",
                "the request body is not valid JSON" + where), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        if (PagePaths.isPage(uri.getPath())) {
            return errorPages.render(401, null);
        }
        Response.ResponseBuilder response = Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "unauthenticated", "Authentication required",
                        "send a valid bearer token" + (demoMode.active() ? " or a demo user's Basic credentials" : ""))
                        .withInstance(uri.getPath()))
                .header("WWW-Authenticate", "Bearer realm=\"grantflow\"");
        if (demoMode.active()) {
            response.header("WWW-Authenticate", "Basic realm=\"grantflow\"");
        }
        return response.build();
    }

    private Response respond(Problem problem, UriInfo uri) {
        if (PagePaths.isPage(uri.getPath())) {
            return errorPages.render(problem.status(), null);
        }
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    /** A JSON path like {@code deadlines[1].at}, from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    /** Jackson's own message names Java types; people get a plain sentence instead. */
    private static String cleanMessage(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null
                && !iae.getMessage().contains("io.grantflow")) {
            return iae.getMessage();
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int amount = original.indexOf("not an amount");
        if (amount >= 0) {
            return original.substring(amount);
        }
        int range = original.indexOf("out of range");
        if (range >= 0) {
            return original.substring(range);
        }
        if (original.contains("Floating-point value") || original.contains("Cannot coerce Floating")) {
            return "a whole number";
        }
        if (original.contains("Enum") || original.contains("not one of the values accepted")) {
            int i = original.indexOf('[');
            int j = original.lastIndexOf(']');
            return i >= 0 && j > i ? "must be one of " + original.substring(i, j + 1) : "not an accepted value";
        }
        if (original.contains("date") || original.contains("Instant") || original.contains("Date")) {
            return "not a date-time such as 2027-03-04T17:00:00+01:00 or 2027-03-04T17:00:00 (Europe/Brussels)";
        }
        return "the value has the wrong type or form";
    }
}
