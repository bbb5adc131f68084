package io.grantflow.users.web;

import io.grantflow.users.api.UserView;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;


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

    @Inject
    Pages pages;


    @GET
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        UserView person = identity.getAttribute(UserView.ATTRIBUTE);
        String handle = identity.getPrincipal().getName();
        return pages.render(page.instance())
                .data("handle", handle)
                .data("name", person == null || person.displayName() == null ? handle : person.displayName())
                .data("roles", identity.getRoles().stream().sorted().toList());
    }
}
