package io.grantflow.users.web;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/**
 * Signing out: a form POST with the page's CSRF token (PageCsrfFilter refuses one without it, 400).
 * Ends the session on this service: the demo form's session cookie is removed, and so is the OpenID
 * Connect session cookie of a person signed in through the identity provider (their session at the
 * provider itself is the provider's). Then the sign-in page says so.
 */
@Path("/sign-out")
public class SignOut {

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession oidcSession;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String formCookie;

    @POST
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response signOut() {
        Response done = Response.seeOther(URI.create("/sign-in?signedOut=true"))
                .cookie(new NewCookie.Builder(formCookie).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
        if (signedInWithProvider()) {
            oidcSession.logout().await().indefinitely(); // removes the session cookie, no call to the provider
        }
        return done;
    }

    private boolean signedInWithProvider() {
        try {
            return !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) != null;
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }
}
