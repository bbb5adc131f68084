package io.grantflow.notifications.web;

import io.grantflow.notifications.api.NotificationView;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * {@code /my/notifications}: the signed-in person's notifications, newest first, paginated, read through
 * {@link Notifications#of} as {@code GET /api/notifications} does; a notification about an application links to
 * its page.
 */
@Path("/my/notifications")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NotificationPages {

    /** Notifications per page. */
    static final int PAGE_SIZE = 20;

    @Inject
    Notifications notifications;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    io.grantflow.notifications.application.NotificationTexts texts;

    @Inject
    @Location("notifications/my-notifications.html")
    Template list;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        if (!v.isEmpty()) {
            request = PageRequest.first(PAGE_SIZE);
        }
        Page<NotificationView> found = notifications.of(identity.getPrincipal().getName(), request);
        return pages.render(list.data("listing", new NotificationListing(
                found.items().stream().map(n -> NotificationItem.of(n, texts, pages.locale())).toList(),
                Paging.of(found, "/my/notifications", Map.of()), !v.isEmpty())));
    }
}
