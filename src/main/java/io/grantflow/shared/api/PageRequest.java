package io.grantflow.shared.api;

import io.grantflow.shared.problem.Violations;

/**
 * {@code page} (from 1) and {@code size} (1–100, default 20) from query parameters; bad values are a
 * 400 ({@code invalid_query_parameter} naming the parameter). A page may reach at most
 * {@link #MAX_REACH} items deep ({@code page × size}): longer lists are narrowed with their filters,
 * not paged through, and the offsets given to the database stay far from an {@code int}'s end.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The deepest item a page may reach: {@code page × size ≤ 10,000,000}. */
    public static final int MAX_REACH = 10_000_000;

    public PageRequest {
        if (page < 1 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_REACH) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
        }
    }

    /** The first page of the given size. */
    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /** Parses page and size, adding any problem to {@code v}; the caller reports them (with its own). */
    public static PageRequest parse(String page, String size, Violations v) {
        return parse(page, size, DEFAULT_SIZE, v);
    }

    /** The same with another default size (e.g. {@link #MAX_SIZE} for lists that used to be shown whole). */
    public static PageRequest parse(String page, String size, int defaultSize, Violations v) {
        int p = parseInt(page, 1, "page", v);
        int s = parseInt(size, defaultSize, "size", v);
        boolean badPage = p < 1;
        boolean badSize = s < 1 || s > MAX_SIZE;
        v.check(badPage, "page", "invalid_query_parameter", "page starts at 1");
        v.check(badSize, "size", "invalid_query_parameter", "size is from 1 to " + MAX_SIZE);
        if (!badPage && !badSize) {
            v.check((long) p * s > MAX_REACH, "page", "invalid_query_parameter",
                    "page × size is at most " + MAX_REACH + "; narrow the list with its filters");
        }
        int size1 = Math.min(Math.max(s, 1), MAX_SIZE);
        return new PageRequest(Math.min(Math.max(p, 1), MAX_REACH / size1), size1);
    }

    private static int parseInt(String text, int fallback, String field, Violations v) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            v.add(field, "invalid_query_parameter", field + " must be a whole number from 1 to "
                    + (field.equals("size") ? MAX_SIZE : MAX_REACH));
            return fallback;
        }
    }

    /** The index of the page's first item (0-based); at most {@link #MAX_REACH}, so never overflows. */
    public int offset() {
        return (page - 1) * size;
    }

    /** The index of the page's last item (0-based), for inclusive ranges. */
    public int lastIndex() {
        return offset() + size - 1;
    }
}
