package io.grantflow.users.web;

import io.grantflow.users.api.UserView;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Locale;

/**
 * The signed-in person's page: who they are (the user record's display name and handle, the same record as
 * their API requests) and their roles, with the sign-out button. Later pages (my organisation, my
 * applications) start from here.
 */
@Path("/me")
@Authenticated
public class MePage {

    @Inject
    @Location("users/me.html")
    Template page;

    @Inject
    SecurityIdentity identity;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        UserView person = identity.getAttribute(UserView.ATTRIBUTE);
        String handle = identity.getPrincipal().getName();
        Locale locale = PageLanguage.of(headers);
        return page.instance()
                .setLocale(locale)
                .data("lang", locale.getLanguage())
                .data("handle", handle)
                .data("name", person == null || person.displayName() == null ? handle : person.displayName())
                .data("roles", identity.getRoles().stream().sorted().toList());
    }
}
