package io.grantflow.shared.web;

/**
 * Which paths are pages: everything outside the API ({@code /api}, {@code /api/…}) and Quarkus's own paths
 * ({@code /q}, {@code /q/…}). One rule for the HTML error pages, the page language cookie, the CSRF check of
 * page forms, the sign-in redirect and the demo-loading page.
 */
public final class PagePaths {

    private PagePaths() {
    }

    public static boolean isPage(String path) {
        if (path == null) {
            return false;
        }
        return !(path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/"));
    }
}
