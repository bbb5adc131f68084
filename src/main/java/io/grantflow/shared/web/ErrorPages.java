package io.grantflow.shared.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Failures on page paths are answered with a page people can read (in their language, with a way
 * back), not with the API's {@code application/problem+json}: {@code shared.problem.ProblemMappers}
 * asks {@link PagePaths#isPage} and hands page failures here. The API under {@code /api/} and Quarkus's
 * {@code /q/} keep their JSON.
 */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    @Location("error.html")
    Template error;

    @Inject
    Pages pages;

    /** The error page for a status; {@code incident} (may be null) is the id an unexpected failure was logged with. */
    public Response render(int status, String incident) {
        return render(status, incident, false);
    }

    /** 400 for a page form sent without its CSRF token, or an old one: "this form has expired", nothing saved. */
    public Response formExpired() {
        return render(400, null, true);
    }

    private Response render(int status, String incident, boolean formExpired) {
        String body;
        try {
            body = pages.render(error.data("status", status).data("incident", incident).data("formExpired", formExpired))
                    .render();
        } catch (RuntimeException e) { // an error page must never fail itself
            body = fallback(status, e);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    /** The error page's HTML for a request answered outside a resource (a route's failure handler). */
    public String html(int status, Site site) {
        try {
            return error.data("status", status).data("incident", null).data("formExpired", false).data("site", site)
                    .setLocale(site.locale())
                    .render();
        } catch (RuntimeException e) {
            return fallback(status, e);
        }
    }

    private static String fallback(int status, RuntimeException e) {
        LOG.errorf(e, "The error page for %d could not be rendered", status);
        return "<!DOCTYPE html><html lang=\"en\"><title>Grantflow</title><h1>Error " + status + "</h1>"
                + "<p><a href=\"/\">Grantflow</a></p></html>";
    }
}
