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
        if (!path.startsWith("/")) {
            return true;
        }
        // the first segment without its matrix parameters: /api;x=1/me is the API too (the REST layer strips them)
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        first = first.replace("%3B", ";").replace("%3b", ";"); // clients may send the ';' encoded
        int matrix = first.indexOf(';');
        first = matrix < 0 ? first : first.substring(0, matrix);
        return !(first.equals("api") || first.equals("q"));
    }
}
