package io.grantflow.users.web;

import io.grantflow.shared.security.DemoLogins;
import io.grantflow.shared.security.DemoUsers;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page. In demo mode ({@link DemoLogins}) a form for the demo users, which posts to Quarkus's form
 * authentication with its CSRF token; with an identity provider configured a link that starts its login
 * (OpenID Connect authorization-code flow); otherwise a sentence saying that nobody can sign in here.
 * {@code ?redirect=/a/local/path} brings the person back to that page after signing in; a protected page
 * that sends a person here does the same by itself.
 *
 * <p>{@code /sign-in/provider} and {@code /sign-in/callback} need a signed-in person
 * ({@code quarkus.http.auth.permission.signed-in-pages}): a person without a session is sent to the
 * provider's login first, which sends them back to {@code /sign-in/callback} (the one redirect URI
 * registered at the provider); quarkus-oidc completes the flow there and returns them to the path they
 * had asked for, where they arrive signed in and go on to the page they came from.
 */
@Path("/sign-in")
public class SignInPage {

    /** Where a person lands after signing in when no page asked for it. */
    static final String LANDING = "/me";

    @Inject
    @Location("users/sign-in.html")
    Template page;

    @Inject
    DemoLogins demoLogins;

    @Inject
    Pages pages;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean providerEnabled;

    @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
    String locationCookie;

    @ConfigProperty(name = "grantflow.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    @Context
    UriInfo uri;


    @Context
    HttpServerResponse vertxResponse;

    @GET
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("redirect") String redirect, @QueryParam("error") String error,
                         @QueryParam("signedOut") String signedOut) {
        String target = LocalPaths.local(redirect).orElse(null);
        if (signedIn()) {
            return Response.seeOther(URI.create(target != null ? target : LANDING)).build();
        }
        String mode = demoLogins.accepted() ? "demo" : providerEnabled ? "provider" : "unavailable";
        Response.ResponseBuilder response = Response.ok(pages.render(page.instance())
                .data("mode", mode)
                .data("failed", error != null)
                .data("signedOut", signedOut != null)
                .data("demoUsers", DemoUsers.roles())
                .data("providerHref", "/sign-in/provider"
                        + (target == null ? "" : "?redirect=" + URLEncoder.encode(target, StandardCharsets.UTF_8)))
                .render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (target != null && mode.equals("demo")) {
            // the form authentication sends the person to this cookie's page after a successful sign-in
            URI base = uri.getBaseUri();
            String absolute = base.getScheme() + "://" + base.getRawAuthority() + target;
            // written as Vert.x writes it (unquoted), the way the form authentication reads it
            vertxResponse.addCookie(Cookie.cookie(locationCookie, absolute).setPath("/").setHttpOnly(true)
                    .setSecure(secureCookies).setSameSite(CookieSameSite.LAX));
        }
        return response.build();
    }

    @GET
    @Operation(hidden = true)
    @Path("/provider")
    public Response signedInWithProvider(@QueryParam("redirect") String redirect) {
        return Response.seeOther(URI.create(LocalPaths.local(redirect).orElse(LANDING))).build();
    }

    /** Reached only if quarkus-oidc did not restore the page that was asked for. */
    @GET
    @Operation(hidden = true)
    @Path("/callback")
    public Response callback() {
        return Response.seeOther(URI.create(LANDING)).build();
    }

    private boolean signedIn() {
        try {
            return !identity.isAnonymous();
        } catch (AuthenticationFailedException e) { // a session that no longer holds: sign in again
            return false;
        }
    }
}
