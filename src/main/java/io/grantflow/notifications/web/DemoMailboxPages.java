package io.grantflow.notifications.web;

import io.grantflow.notifications.mail.EmbeddedMailServer;
import io.grantflow.notifications.mail.ReceivedMail;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /demo/mailbox}: the mail the embedded SMTP server of demo mode received, newest first, filtered by
 * recipient, 20 a page; one message with its headers, its plain text and a link to its HTML (served sandboxed:
 * no script, no request). Exists only where the embedded server runs (demo mode, tests): 404 in production.
 */
@Path("/demo/mailbox")
@Produces(MediaType.TEXT_HTML)
public class DemoMailboxPages {

    static final int PAGE_SIZE = 20;

    /** One page of the mailbox. */
    public record Mailbox(List<ReceivedMail> messages, Paging paging, String to) {
    }

    @Inject
    Pages pages;

    @Inject
    @Location("notifications/mailbox.html")
    Template list;

    @Inject
    @Location("notifications/mail.html")
    Template one;

    @GET
    @Operation(hidden = true)
    public TemplateInstance mailbox(@QueryParam("to") String to, @QueryParam("page") String page) {
        requireEmbeddedServer();
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        if (!v.isEmpty()) {
            request = PageRequest.first(PAGE_SIZE);
        }
        String filter = to == null || to.isBlank() ? null : to.strip().toLowerCase(Locale.ROOT);
        List<ReceivedMail> all = new ArrayList<>();
        var received = EmbeddedMailServer.received();
        for (int i = received.size() - 1; i >= 0; i--) {
            ReceivedMail m = ReceivedMail.of(i + 1, received.get(i));
            if (filter == null || m.to().toLowerCase(Locale.ROOT).contains(filter)) {
                all.add(m);
            }
        }
        Page<ReceivedMail> found = Page.slice(all, request);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("to", filter);
        return pages.render(list.data("mailbox", new Mailbox(found.items(), Paging.of(found, "/demo/mailbox", query), filter)));
    }

    @GET
    @Path("{number}")
    @Operation(hidden = true)
    public TemplateInstance message(@PathParam("number") String number) {
        return pages.render(one.data("mail", find(number)));
    }

    /** The HTML part as the recipient's mail client would show it, sandboxed: no script runs, nothing is fetched. */
    @GET
    @Path("{number}/html")
    @Operation(hidden = true)
    public Response html(@PathParam("number") String number) {
        ReceivedMail m = find(number);
        if (m.html() == null) {
            throw new NotFoundException();
        }
        return Response.ok(m.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .build();
    }

    private static ReceivedMail find(String number) {
        requireEmbeddedServer();
        var received = EmbeddedMailServer.received();
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        if (n < 1 || n > received.size()) {
            throw new NotFoundException();
        }
        return ReceivedMail.of(n, received.get(n - 1));
    }

    private static void requireEmbeddedServer() {
        if (!EmbeddedMailServer.running()) {
            throw new NotFoundException();
        }
    }
}
