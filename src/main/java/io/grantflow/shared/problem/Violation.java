package io.grantflow.shared.problem;

/**
 * One broken rule: the field it concerns (a JSON path such as {@code deadlines[1].at}, or
 * {@code null} for the whole request), a stable machine-readable code, and a message for people.
 */
public record Violation(String field, String code, String message) {
}
