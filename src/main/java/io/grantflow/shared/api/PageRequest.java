package io.grantflow.shared.api;

import io.grantflow.shared.problem.Violations;

/** {@code page} (from 1) and {@code size} (1–100, default 20) from query parameters; bad values are a 400. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Parses page and size, adding any problem to {@code v}; the caller reports them (with its own). */
    public static PageRequest parse(String page, String size, Violations v) {
        int p = parseInt(page, 1, "page", v);
        int s = parseInt(size, DEFAULT_SIZE, "size", v);
        v.check(p < 1, "page", "invalid_query_parameter", "page starts at 1");
        v.check(s < 1 || s > MAX_SIZE, "size", "invalid_query_parameter", "size is from 1 to " + MAX_SIZE);
        return new PageRequest(Math.max(p, 1), Math.min(Math.max(s, 1), MAX_SIZE));
    }

    private static int parseInt(String text, int fallback, String field, Violations v) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            v.add(field, "invalid_query_parameter", field + " must be a whole number");
            return fallback;
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
