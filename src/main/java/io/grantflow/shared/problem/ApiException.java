package io.grantflow.shared.problem;

import java.util.List;

/**
 * A failure the API reports as a problem: a stable code, an HTTP status and, for broken rules,
 * every violation. Thrown by the domain and the application services; mapped in one place.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Violation> violations;

    public ApiException(int status, String code, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** 404: the resource does not exist (or the caller may not know that it does). */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "not_found", "Not found", what + " '" + id + "' does not exist", List.of());
    }

    /** 409: the request conflicts with the resource's current state. */
    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, "Conflict with the current state", detail, List.of());
    }

    /** 422: the request is well-formed but breaks business rules; all of them are listed. */
    public static ApiException unprocessable(String code, String detail, List<Violation> violations) {
        return new ApiException(422, code, "The request breaks business rules", detail, violations);
    }

    /** 400: the request itself is malformed (bad JSON, bad query parameter). */
    public static ApiException badRequest(String code, String detail, List<Violation> violations) {
        return new ApiException(400, code, "Malformed request", detail, violations);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage()).withViolations(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
