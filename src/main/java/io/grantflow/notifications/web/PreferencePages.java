package io.grantflow.notifications.web;

import io.grantflow.notifications.api.NotificationPreferencesRequest;
import io.grantflow.notifications.api.NotificationPreferencesView;
import io.grantflow.notifications.application.NotificationPreferences;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /my/notifications/preferences}: the signed-in person's e-mail choice per kind of notification and the
 * language of their messages, saved through {@link NotificationPreferences#change} as
 * {@code PUT /api/me/notification-preferences} does; a refusal shows every problem and keeps what was chosen.
 */
@Path("/my/notifications/preferences")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PreferencePages {

    /** The form: the choices shown, whether they were just saved, and why they were not. */
    public record Form(NotificationPreferencesView preferences, boolean saved, List<Violation> problems) {
    }

    @Inject
    NotificationPreferences preferences;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("notifications/preferences.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("saved") String saved) {
        return pages.render(page.data("form", new Form(preferences.of(user()), saved != null, List.of())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(MultivaluedMap<String, String> fields) {
        List<NotificationPreferencesView.Choice> emails = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("email.") && !values.isEmpty()) {
                emails.add(new NotificationPreferencesView.Choice(name.substring("email.".length()), values.get(0)));
            }
        });
        NotificationPreferencesRequest request = new NotificationPreferencesRequest(fields.getFirst("language"), emails);
        try {
            preferences.change(user(), request);
            return Response.seeOther(URI.create("/my/notifications/preferences?saved=1")).build();
        } catch (DomainException e) {
            NotificationPreferencesView typed = new NotificationPreferencesView(request.language(), emails);
            return Pages.respond(ProblemMappers.toProblem(e).status(), pages.render(page.data("form",
                    new Form(typed, false, e.violationsOr("emails")))));
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
