package io.grantflow.shared.web;

import io.grantflow.shared.api.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The links of a paginated page: the same filters (query string) with another {@code page}, so that each
 * page of each filtered list has its own stable URL.
 */
public record Paging(long page, long pages, long total, String previous, String next) {

    /** For a page of results listed at {@code path} with the filters in {@code query} (blank values left out). */
    public static Paging of(Page<?> page, String path, Map<String, String> query) {
        String base = path + "?" + queryString(query);
        long pages = Math.max(page.totalPages(), 1);
        return new Paging(page.page(), pages, page.totalItems(),
                page.page() > 1 ? base + "page=" + (page.page() - 1) : null,
                page.page() < page.totalPages() ? base + "page=" + (page.page() + 1) : null);
    }

    /** {@code a=1&b=2&} of the non-blank values, in the map's order. */
    public static String queryString(Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        return sb.toString();
    }
}
