package io.grantflow.users.web;

import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /sign-in}, the target of the layout's "Sign in" link: until the sign-in pages exist (demo login form,
 * OpenID Connect in production) a page that says so.
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SignInPage {

    @Inject
    Pages pages;

    @Inject
    @Location("sign-in.html")
    Template signIn;

    @GET
    public TemplateInstance signIn() {
        return pages.render(signIn.instance());
    }
}
