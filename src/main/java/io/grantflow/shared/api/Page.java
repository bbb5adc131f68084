package io.grantflow.shared.api;

import java.util.List;

/** One page of a list: the items, where the page is, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total,
                total == 0 ? 0 : (total + request.size() - 1) / request.size());
    }

    /** One page of a short list held whole (a proposal's versions, a grant's reports, the programmes). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(List.copyOf(all.subList(from, to)), request, all.size());
    }
}
