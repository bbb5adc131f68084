package io.grantflow.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. {@code code} is
 * stable and documented in docs/api.md; {@code violations} lists every broken rule at once.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail,
                      String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("https://grantflow.io/problems/" + code, title, status, code, detail, null, List.of());
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, code, detail, instance, List.copyOf(list));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, code, detail, path, violations);
    }
}
