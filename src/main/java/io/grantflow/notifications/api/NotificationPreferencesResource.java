package io.grantflow.notifications.api;

import io.grantflow.notifications.application.NotificationPreferences;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.openapi.Problems;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/me/notification-preferences}: what reaches the signed-in person by e-mail, and in which language. */
@Path("/api/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@Authenticated
public class NotificationPreferencesResource {

    @Inject
    NotificationPreferences preferences;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "getMyNotificationPreferences",
            summary = "My e-mail choices per kind of notification (NOW, DIGEST, OFF) and the language of my messages")
    public NotificationPreferencesView mine() {
        return preferences.of(identity.getPrincipal().getName());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyNotificationPreferences",
            summary = "Change my e-mail choices (kinds not listed keep theirs) and the language of my messages; "
                    + "every problem is reported at once and nothing is saved then")
    @Problems(unprocessable = "invalid_preferences")
    public NotificationPreferencesView change(NotificationPreferencesRequest request) {
        return preferences.change(identity.getPrincipal().getName(), Requests.body(request));
    }
}
