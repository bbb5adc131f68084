package io.grantflow.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a person on a page gets instead of a 401: the way to sign in. A failed sign-in form goes back to the
 * sign-in page with its error ({@code quarkus.http.auth.form.error-page}); a page that needs a signed-in
 * person sends to {@code /sign-in?redirect=<the page>}, which brings them back after signing in. The API
 * ({@code /api}) and Quarkus's own paths ({@code /q}) keep their 401 answers.
 */
@ApplicationScoped
public class PageSignIn {

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/sign-in?error=true")
    String errorPage;

    @ConfigProperty(name = "quarkus.http.auth.form.login-page", defaultValue = "/sign-in")
    String signInPage;

    /** The redirect to sign in, for a page; empty for the API and Quarkus's paths. */
    public Optional<Response> instead(UriInfo uri) {
        String path = uri.getPath();
        if (!io.grantflow.shared.web.PagePaths.isPage(path)) {
            return Optional.empty();
        }
        if (path.equals(postLocation)) {
            return Optional.of(Response.status(Response.Status.FOUND).location(URI.create(errorPage)).build());
        }
        String page = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Optional.of(Response.seeOther(URI.create(signInPage + "?redirect="
                + URLEncoder.encode(page, StandardCharsets.UTF_8))).build());
    }
}
