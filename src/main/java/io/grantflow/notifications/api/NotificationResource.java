package io.grantflow.notifications.api;

import io.grantflow.notifications.application.Notifications;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.Violations;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@Authenticated
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "listMyNotifications",
            summary = "My notifications, newest first (reminders, overdue reports, awards, payments)")
    public Page<NotificationView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, size, v);
        v.throwIfAnyBadQuery();
        return notifications.of(identity.getPrincipal().getName(), request);
    }
}
